import { minPasswordLength } from '@cardenroll/contract';
import { failureText } from '../components/failure-text';
import { useLanguage } from '../i18n/language-context';
import type { PortalLanguage } from '../i18n/translate';
import { usePortal } from '../portal-context';
import { AccountFields } from './AccountFields';
import type { NewUserModel, NewUserProblem } from './new-user-model';

function problemText(problem: NewUserProblem, language: PortalLanguage): string {
  const { t } = language;
  if (problem.kind === 'input')
    return problem.problem === 'missing'
      ? t('newUser.missing')
      : t('password.tooShort', { min: minPasswordLength });
  switch (problem.failure.kind) {
    case 'conflict':
      return t('newUser.taken');
    case 'weak_password':
      return t('password.weak', { min: minPasswordLength });
    case 'invalid_request':
      return t('newUser.invalid');
    default:
      return failureText(problem.failure, language);
  }
}

/** New user: username, display name, e-mail, role and an optional first password; then the user's page. */
export function NewUserForm({ model }: { readonly model: NewUserModel }) {
  const language = useLanguage();
  const { t } = language;
  const { router } = usePortal();
  const fields = model.fields.value;
  const problem = model.problem.value;
  const text = problem ? problemText(problem, language) : null;
  const describedBy = (hint?: string) =>
    [hint, text ? 'new-user-problem' : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <form
      class="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void model.submit().then((created) => {
          if (created) router.go({ page: 'user', userId: created.id });
        });
      }}
    >
      <div class="field">
        <label for="new-user-username">{t('users.username')}</label>
        <input
          id="new-user-username"
          type="text"
          autoComplete="off"
          autoCapitalize="none"
          spellcheck={false}
          maxLength={64}
          aria-describedby={describedBy('new-user-username-hint')}
          value={fields.username}
          onInput={(event) => model.edit({ username: event.currentTarget.value })}
        />
        <p id="new-user-username-hint" class="hint">
          {t('newUser.usernameHint')}
        </p>
      </div>
      <AccountFields
        idPrefix="new-user"
        values={fields}
        emailLabel={t('newUser.email')}
        onEdit={(change) => model.edit(change)}
      />
      <div class="field">
        <label for="new-user-password">{t('newUser.password')}</label>
        <input
          id="new-user-password"
          type="password"
          autoComplete="new-password"
          spellcheck={false}
          aria-describedby={describedBy('new-user-password-hint')}
          value={fields.password}
          onInput={(event) => model.edit({ password: event.currentTarget.value })}
        />
        <p id="new-user-password-hint" class="hint">
          {t('newUser.passwordHint', { min: minPasswordLength })}
        </p>
      </div>
      {text ? (
        <p id="new-user-problem" class="field__problem" role="alert">
          {text}
        </p>
      ) : null}
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={model.creating.value}>
          {model.creating.value ? t('newUser.creating') : t('newUser.create')}
        </button>
      </div>
    </form>
  );
}
