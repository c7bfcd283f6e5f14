import { useEffect, useMemo } from 'preact/hooks';
import { AddCardForm } from '../cards/AddCardForm';
import { CardList } from '../cards/CardList';
import { FailureNotice } from '../components/FailureNotice';
import { Notice } from '../components/Notice';
import { PageHeading } from '../components/PageHeading';
import { RouteLink } from '../components/RouteLink';
import { useLanguage } from '../i18n/language-context';
import { OtpSection } from '../otp/OtpSection';
import { usePortal } from '../portal-context';
import { AccountAdminSection } from '../users/AccountAdminSection';
import { createAccountAdminModel } from '../users/account-admin-model';
import { isLocked } from '../users/lock-state';
import { createUserModel } from '../users/user-model';

/** One user's cards for an administrator: Add card, Remove, one-time password, Unlock. */
export function UserPage({ userId }: { readonly userId: string }) {
  const { t, dateTime } = useLanguage();
  const { client, router } = usePortal();
  const model = useMemo(() => createUserModel(client, userId), [client, userId]);
  const account = useMemo(
    () =>
      createAccountAdminModel(client, userId, {
        changed: model.changed,
        deleted: () => router.go({ page: 'users' }),
      }),
    [client, userId, model],
  );
  useEffect(() => {
    void model.load();
    return () => account.password.clear();
  }, [model, account]);
  const user = model.user.value;
  const loadedUser = user.status === 'loaded' ? user.value : null;
  // The edit form starts from the account as loaded, and again after each change the service confirms.
  useEffect(() => {
    if (loadedUser) account.show(loadedUser);
  }, [loadedUser, account]);
  const unlockNotice = model.unlockNotice.value;
  const title =
    user.status === 'loaded' ? t('user.title', { name: user.value.displayName }) : t('user.titleLoading');

  return (
    <section class="page" aria-labelledby="page-heading">
      <p class="back">
        <RouteLink to={{ page: 'users' }}>{t('user.back')}</RouteLink>
      </p>
      <PageHeading title={title} />
      {user.status === 'loading' ? <p role="status">{t('user.loading')}</p> : null}
      {user.status === 'failed' ? (
        <FailureNotice
          failure={user.failure}
          {...(user.failure.kind === 'not_found'
            ? { text: t('user.notFound') }
            : { onRetry: () => void model.load() })}
        />
      ) : null}
      {user.status === 'loaded' ? (
        <>
          <dl class="facts panel">
            <div>
              <dt>{t('user.username')}</dt>
              <dd>{user.value.username}</dd>
            </div>
            <div>
              <dt>{t('user.email')}</dt>
              <dd>{user.value.email || t('user.noEmail')}</dd>
            </div>
            <div>
              <dt>{t('user.account')}</dt>
              <dd>
                {isLocked(user.value.lockedUntil) ? (
                  <>
                    <span class="badge badge--locked">
                      {t('users.lockedUntil', { time: dateTime(user.value.lockedUntil) })}
                    </span>{' '}
                    <button
                      type="button"
                      class="button"
                      disabled={model.unlocking.value}
                      onClick={() => void model.unlock()}
                    >
                      {model.unlocking.value ? t('user.unlocking') : t('user.unlock')}
                    </button>
                  </>
                ) : user.value.disabled ? (
                  <span class="badge badge--locked">{t('users.disabled')}</span>
                ) : (
                  t('users.active')
                )}
              </dd>
            </div>
          </dl>
          {unlockNotice?.kind === 'unlocked' ? <Notice tone="status">{t('user.unlocked')}</Notice> : null}
          {unlockNotice?.kind === 'failed' ? <FailureNotice failure={unlockNotice.failure} /> : null}
          <section class="panel" aria-labelledby="cards-heading">
            <h2 id="cards-heading">{t('user.cards')}</h2>
            <AddCardForm model={model.addCard} />
            <CardList
              model={model.cards}
              emptyText={t('user.noCards')}
              removeConsequence={t('user.removeConsequence', { name: user.value.displayName })}
              labelledBy="cards-heading"
              onRetry={() => void model.load()}
            />
          </section>
          <OtpSection model={model.otp} audience="user" />
          <AccountAdminSection model={account} user={user.value} />
        </>
      ) : null}
    </section>
  );
}
