import type { Role, UserSummary } from '@cardenroll/contract';
import { type ReadonlySignal, signal } from '@preact/signals';
import { createPasswordFormModel, type PasswordFormModel } from '../account/password-form-model';
import type { PortalClient } from '../api/portal-client';
import type { PortalFailure } from '../api/portal-failure';
import { attempt } from '../remote';

/** What an administrator asked for that waits for a yes: both cannot be undone by the user themselves. */
export type AccountConfirmation = 'disable' | 'delete';

export type AccountNotice =
  | { readonly kind: 'saved' | 'disabled' | 'enabled' }
  | { readonly kind: 'failed'; readonly failure: PortalFailure };

export interface AccountDraft {
  readonly displayName: string;
  readonly email: string;
  readonly role: Role;
}

/**
 * An account as an administrator manages it on the user's page: edit (display name, e-mail, role),
 * disable or enable, delete, and set a new password. Disabling and deleting ask first.
 */
export interface AccountAdminModel {
  readonly draft: ReadonlySignal<AccountDraft>;
  readonly busy: ReadonlySignal<boolean>;
  readonly confirming: ReadonlySignal<AccountConfirmation | null>;
  readonly notice: ReadonlySignal<AccountNotice | null>;
  readonly password: PasswordFormModel;
  /** Fills the edit form from the account as loaded. */
  show(user: UserSummary): void;
  edit(changes: Partial<AccountDraft>): void;
  save(): Promise<void>;
  ask(what: AccountConfirmation): void;
  cancel(): void;
  /** Disables after the confirmation; enables at once. */
  setDisabled(disabled: boolean): Promise<void>;
  confirmDelete(): Promise<void>;
}

type AccountClient = Pick<PortalClient, 'editUser' | 'setUserDisabled' | 'deleteUser' | 'setUserPassword'>;

export function createAccountAdminModel(
  client: AccountClient,
  userId: string,
  on: { readonly changed: (user: UserSummary) => void; readonly deleted: () => void },
): AccountAdminModel {
  const draft = signal<AccountDraft>({ displayName: '', email: '', role: 'user' });
  const busy = signal(false);
  const confirming = signal<AccountConfirmation | null>(null);
  const notice = signal<AccountNotice | null>(null);
  const password = createPasswordFormModel({
    needsCurrent: false,
    save: (_current, next) => client.setUserPassword(userId, next),
  });

  async function run<T>(call: () => Promise<T>, done: (value: T) => void): Promise<void> {
    if (busy.value) return;
    busy.value = true;
    notice.value = null;
    const outcome = await attempt(call);
    busy.value = false;
    confirming.value = null;
    if (outcome.ok) done(outcome.value);
    else notice.value = { kind: 'failed', failure: outcome.failure };
  }

  return {
    draft,
    busy,
    confirming,
    notice,
    password,
    show: (user) => {
      draft.value = { displayName: user.displayName, email: user.email ?? '', role: user.role };
    },
    edit: (changes) => {
      draft.value = { ...draft.value, ...changes };
    },
    save: () => {
      const { displayName, email, role } = draft.value;
      return run(
        () => client.editUser(userId, { displayName, email: email.trim() === '' ? null : email, role }),
        (user) => {
          on.changed(user);
          notice.value = { kind: 'saved' };
        },
      );
    },
    ask: (what) => {
      notice.value = null;
      confirming.value = what;
    },
    cancel: () => {
      confirming.value = null;
    },
    setDisabled: (disabled) =>
      run(
        () => client.setUserDisabled(userId, disabled),
        (user) => {
          on.changed(user);
          notice.value = { kind: disabled ? 'disabled' : 'enabled' };
        },
      ),
    confirmDelete: () => run(() => client.deleteUser(userId), on.deleted),
  };
}
