import type { ComponentChildren } from 'preact';

interface ButtonProps {
  readonly onClick?: () => void;
  readonly kind?: 'primary' | 'secondary';
  readonly type?: 'button' | 'submit';
  readonly disabled?: boolean;
  readonly children: ComponentChildren;
}

/** A panel button: a touch target of at least 56 px, no hover-only affordances. */
export function Button({
  onClick,
  kind = 'secondary',
  type = 'button',
  disabled = false,
  children,
}: ButtonProps) {
  return (
    <button type={type} class={`button button--${kind}`} onClick={onClick} disabled={disabled}>
      {children}
    </button>
  );
}
