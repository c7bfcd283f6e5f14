import type { Role } from '@cardenroll/contract';
import { useLanguage } from '../i18n/language-context';

/** What an administrator sets of an account, in New user and in a user's Account section alike. */
export interface AccountFieldValues {
  readonly displayName: string;
  readonly email: string;
  readonly role: Role;
}

/**
 * The display name, e-mail and role fields of an account form. `idPrefix` keeps the ids of two forms on
 * one page apart; `emailLabel` is the form's own (New user says the address is optional).
 */
export function AccountFields({
  idPrefix,
  values,
  emailLabel,
  onEdit,
}: {
  readonly idPrefix: string;
  readonly values: AccountFieldValues;
  readonly emailLabel: string;
  readonly onEdit: (change: Partial<AccountFieldValues>) => void;
}) {
  const { t } = useLanguage();
  return (
    <>
      <div class="field">
        <label for={`${idPrefix}-display-name`}>{t('users.displayName')}</label>
        <input
          id={`${idPrefix}-display-name`}
          type="text"
          autoComplete="off"
          maxLength={200}
          value={values.displayName}
          onInput={(event) => onEdit({ displayName: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={`${idPrefix}-email`}>{emailLabel}</label>
        <input
          id={`${idPrefix}-email`}
          type="email"
          autoComplete="off"
          maxLength={254}
          value={values.email}
          onInput={(event) => onEdit({ email: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={`${idPrefix}-role`}>{t('account.role')}</label>
        <select
          id={`${idPrefix}-role`}
          value={values.role}
          onChange={(event) => onEdit({ role: event.currentTarget.value as Role })}
        >
          <option value="user">{t('account.role.user')}</option>
          <option value="admin">{t('account.role.admin')}</option>
        </select>
      </div>
    </>
  );
}
