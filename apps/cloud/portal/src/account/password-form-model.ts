import { minPasswordLength } from '@cardenroll/contract';
import { type ReadonlySignal, signal } from '@preact/signals';
import type { PortalFailure } from '../api/portal-failure';
import { attempt } from '../remote';

/** What the form itself finds before anything is sent. */
export type PasswordInputProblem = 'current_missing' | 'too_short' | 'mismatch';

export type PasswordFormNotice =
  | { readonly kind: 'input'; readonly problem: PasswordInputProblem }
  | { readonly kind: 'failed'; readonly failure: PortalFailure }
  | { readonly kind: 'done' };

export type PasswordField = 'current' | 'next' | 'repeat';

/**
 * A password form: the current password (for one's own), the new one and the new one again. Every field
 * is emptied as soon as the form is submitted, whatever the outcome, so no password stays on the page;
 * the service judges the rest (weak_password, wrong_password).
 */
export interface PasswordFormModel {
  readonly fields: { readonly [F in PasswordField]: ReadonlySignal<string> };
  readonly saving: ReadonlySignal<boolean>;
  readonly notice: ReadonlySignal<PasswordFormNotice | null>;
  set(field: PasswordField, value: string): void;
  /** Resolves to true when the password was changed. */
  submit(): Promise<boolean>;
  clear(): void;
}

/** Too short by the same count as the service: code points, so an emoji counts as one character. */
export const isTooShort = (password: string) => [...password].length < minPasswordLength;

export function createPasswordFormModel(options: {
  /** Whether the current password is asked for (one's own) or not (an administrator setting it). */
  readonly needsCurrent: boolean;
  readonly save: (current: string, next: string) => Promise<void>;
}): PasswordFormModel {
  const fields = { current: signal(''), next: signal(''), repeat: signal('') };
  const saving = signal(false);
  const notice = signal<PasswordFormNotice | null>(null);

  const clear = () => {
    fields.current.value = '';
    fields.next.value = '';
    fields.repeat.value = '';
  };

  const inputProblem = (current: string, next: string, repeat: string): PasswordInputProblem | null => {
    if (options.needsCurrent && current === '') return 'current_missing';
    if (isTooShort(next)) return 'too_short';
    if (next !== repeat) return 'mismatch';
    return null;
  };

  return {
    fields,
    saving,
    notice,
    set: (field, value) => {
      fields[field].value = value;
    },
    clear,
    submit: async () => {
      if (saving.value) return false;
      const current = fields.current.value;
      const next = fields.next.value;
      const repeat = fields.repeat.value;
      clear();
      const problem = inputProblem(current, next, repeat);
      if (problem !== null) {
        notice.value = { kind: 'input', problem };
        return false;
      }
      notice.value = null;
      saving.value = true;
      const outcome = await attempt(() => options.save(current, next));
      saving.value = false;
      notice.value = outcome.ok ? { kind: 'done' } : { kind: 'failed', failure: outcome.failure };
      return outcome.ok;
    },
  };
}
