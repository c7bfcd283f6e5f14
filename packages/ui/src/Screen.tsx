import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface ScreenProps {
  readonly title: string;
  readonly name: string;
  readonly children?: ComponentChildren;
  readonly actions?: ComponentChildren;
  /** Focus the heading on arrival, so a screen reader announces the new screen; off where a field takes focus. */
  readonly focusHeading?: boolean;
}

/** The frame every panel screen shares: a heading, its content, and its buttons at the bottom. */
export function Screen({ title, name, children, actions, focusHeading = true }: ScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  return (
    <section class={`screen screen--${name}`} aria-labelledby={`${name}-title`}>
      <h1 id={`${name}-title`} class="screen__title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      <div class="screen__body">{children}</div>
      {actions ? <div class="screen__actions">{actions}</div> : null}
    </section>
  );
}
