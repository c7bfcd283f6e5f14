import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface ConfirmationProps {
  /** The question, e.g. "Revoke Printer 3?"; with `children`, what follows from it. */
  readonly question: string;
  readonly children?: ComponentChildren;
  readonly confirmLabel: string;
  readonly busyLabel: string;
  readonly cancelLabel: string;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * The yes-or-no step before something that cannot be undone (revoke, delete, disable, sign out
 * everywhere). It takes the focus so the question is read out and the next Tab is the choice; Escape
 * keeps things as they are.
 */
export function Confirmation(props: ConfirmationProps) {
  const group = useRef<HTMLFieldSetElement>(null);
  useEffect(() => group.current?.focus(), []);
  return (
    <fieldset
      class="confirm"
      tabIndex={-1}
      ref={group}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !props.busy) props.onCancel();
      }}
    >
      <legend>
        <strong>{props.question}</strong> {props.children}
      </legend>
      <div class="actions">
        <button type="button" class="button button--danger" disabled={props.busy} onClick={props.onConfirm}>
          {props.busy ? props.busyLabel : props.confirmLabel}
        </button>
        <button type="button" class="button" disabled={props.busy} onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
      </div>
    </fieldset>
  );
}
