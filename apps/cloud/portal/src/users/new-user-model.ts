import type { Role, UserSummary } from '@cardenroll/contract';
import { type ReadonlySignal, signal } from '@preact/signals';
import { isTooShort } from '../account/password-form-model';
import type { PortalClient } from '../api/portal-client';
import type { PortalFailure } from '../api/portal-failure';
import { attempt } from '../remote';

export interface NewUserFields {
  readonly username: string;
  readonly displayName: string;
  readonly email: string;
  readonly role: Role;
  /** Empty: no password; the person signs in with a one-time password an administrator issues. */
  readonly password: string;
}

export type NewUserProblem =
  | { readonly kind: 'input'; readonly problem: 'missing' | 'too_short' }
  | { readonly kind: 'failed'; readonly failure: PortalFailure };

const empty: NewUserFields = { username: '', displayName: '', email: '', role: 'user', password: '' };

/** New user (administrators). The password field is emptied on every submit, whatever the outcome. */
export interface NewUserModel {
  readonly fields: ReadonlySignal<NewUserFields>;
  readonly creating: ReadonlySignal<boolean>;
  readonly problem: ReadonlySignal<NewUserProblem | null>;
  edit(changes: Partial<NewUserFields>): void;
  /** Resolves to the new user, or null when it was not created. */
  submit(): Promise<UserSummary | null>;
  clear(): void;
}

export function createNewUserModel(client: Pick<PortalClient, 'createUser'>): NewUserModel {
  const fields = signal<NewUserFields>(empty);
  const creating = signal(false);
  const problem = signal<NewUserProblem | null>(null);
  return {
    fields,
    creating,
    problem,
    edit: (changes) => {
      fields.value = { ...fields.value, ...changes };
    },
    clear: () => {
      fields.value = empty;
      problem.value = null;
    },
    submit: async () => {
      if (creating.value) return null;
      const { username, displayName, email, role, password } = fields.value;
      fields.value = { ...fields.value, password: '' };
      if (username.trim() === '' || displayName.trim() === '') {
        problem.value = { kind: 'input', problem: 'missing' };
        return null;
      }
      if (password !== '' && isTooShort(password)) {
        problem.value = { kind: 'input', problem: 'too_short' };
        return null;
      }
      problem.value = null;
      creating.value = true;
      const outcome = await attempt(() =>
        client.createUser({
          username: username.trim(),
          displayName,
          role,
          ...(email.trim() === '' ? {} : { email }),
          ...(password === '' ? {} : { password }),
        }),
      );
      creating.value = false;
      if (!outcome.ok) {
        problem.value = { kind: 'failed', failure: outcome.failure };
        return null;
      }
      fields.value = empty;
      return outcome.value;
    },
  };
}
