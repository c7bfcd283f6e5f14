import type { ComponentChildren } from 'preact';

interface NoticeProps {
  /** `status` for news (read out politely), `alert` for a failure (read out at once). */
  readonly tone: 'status' | 'alert';
  readonly children: ComponentChildren;
}

/** A one-line message about what just happened. */
export function Notice({ tone, children }: NoticeProps) {
  return (
    <div class={`notice notice--${tone}`} role={tone}>
      {children}
    </div>
  );
}
