import type { UserSummary } from '@cardenroll/contract';
import { PasswordForm } from '../account/PasswordForm';
import { Confirmation } from '../components/Confirmation';
import { FailureNotice } from '../components/FailureNotice';
import { Notice } from '../components/Notice';
import { useLanguage } from '../i18n/language-context';
import { AccountFields } from './AccountFields';
import type { AccountAdminModel } from './account-admin-model';

const noticeKeys = {
  saved: 'account.saved',
  disabled: 'account.disabledNotice',
  enabled: 'account.enabledNotice',
} as const;

/** The edit form: display name, e-mail and role. */
function EditAccountForm({ model }: { readonly model: AccountAdminModel }) {
  const { t } = useLanguage();
  const draft = model.draft.value;
  return (
    <form
      class="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void model.save();
      }}
    >
      <AccountFields
        idPrefix="account"
        values={draft}
        emailLabel={t('user.email')}
        onEdit={(change) => model.edit(change)}
      />
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={model.busy.value}>
          {t('account.save')}
        </button>
      </div>
    </form>
  );
}

/**
 * Account management on a user's page (administrators): edit, disable or enable, a new password, and
 * delete, each refusal read out with its reason.
 */
export function AccountAdminSection({
  model,
  user,
}: {
  readonly model: AccountAdminModel;
  readonly user: UserSummary;
}) {
  const { t } = useLanguage();
  const notice = model.notice.value;
  const confirming = model.confirming.value;
  const name = user.displayName;
  return (
    <>
      <section class="panel" aria-labelledby="account-heading">
        <h2 id="account-heading">{t('account.manageTitle')}</h2>
        {notice?.kind === 'failed' ? (
          <FailureNotice
            failure={notice.failure}
            {...(notice.failure.kind === 'conflict' ? { text: t('account.conflict') } : {})}
          />
        ) : null}
        {notice && notice.kind !== 'failed' ? (
          <Notice tone="status">{t(noticeKeys[notice.kind])}</Notice>
        ) : null}
        <EditAccountForm model={model} />
        <h3 class="subheading">{t('account.accessTitle')}</h3>
        {confirming === 'disable' ? (
          <Confirmation
            question={t('account.disableQuestion', { name })}
            confirmLabel={t('account.disable')}
            busyLabel={t('account.working')}
            cancelLabel={t('account.keepEnabled')}
            busy={model.busy.value}
            onConfirm={() => void model.setDisabled(true)}
            onCancel={model.cancel}
          >
            {t('account.disableConsequence')}
          </Confirmation>
        ) : (
          <div class="actions">
            {user.disabled ? (
              <button
                type="button"
                class="button"
                disabled={model.busy.value}
                onClick={() => void model.setDisabled(false)}
              >
                {t('account.enable')}
              </button>
            ) : (
              <button type="button" class="button" onClick={() => model.ask('disable')}>
                {t('account.disable')}
              </button>
            )}
          </div>
        )}
        <h3 class="subheading">{t('account.deleteTitle')}</h3>
        {confirming === 'delete' ? (
          <Confirmation
            question={t('account.deleteQuestion', { name })}
            confirmLabel={t('account.delete')}
            busyLabel={t('account.working')}
            cancelLabel={t('account.keepUser')}
            busy={model.busy.value}
            onConfirm={() => void model.confirmDelete()}
            onCancel={model.cancel}
          >
            {t('account.deleteConsequence')}
          </Confirmation>
        ) : (
          <div class="actions">
            <button type="button" class="button button--danger" onClick={() => model.ask('delete')}>
              {t('account.delete')}
            </button>
          </div>
        )}
      </section>
      <section class="panel" aria-labelledby="set-password-heading">
        <h2 id="set-password-heading">{t('account.setPasswordTitle')}</h2>
        {user.provider === null ? (
          <>
            <p class="muted">{t('account.setPasswordIntro')}</p>
            <PasswordForm
              model={model.password}
              idPrefix="set-password"
              needsCurrent={false}
              submitLabel={t('account.setPassword')}
              savingLabel={t('account.working')}
              doneText={t('account.passwordSet')}
            />
          </>
        ) : (
          // A directory user's password is the directory's: one set here would never be checked.
          <p class="muted">{t('account.directoryPassword', { provider: user.provider })}</p>
        )}
      </section>
    </>
  );
}
