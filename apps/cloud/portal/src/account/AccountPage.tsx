import type { OwnSession } from '@cardenroll/contract';
import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import type { PortalFailure } from '../api/portal-failure';
import { Confirmation } from '../components/Confirmation';
import { FailureNotice } from '../components/FailureNotice';
import { Moment } from '../components/Moment';
import { PageHeading } from '../components/PageHeading';
import { useLanguage } from '../i18n/language-context';
import { usePortal } from '../portal-context';
import { loader, type Remote } from '../remote';
import { PasswordForm } from './PasswordForm';
import { createPasswordFormModel } from './password-form-model';

function SessionList({ sessions }: { readonly sessions: readonly OwnSession[] }) {
  const { t, dateTime } = useLanguage();
  return (
    <ul class="card-list" aria-labelledby="sessions-heading">
      {sessions.map((session) => (
        <li key={`${session.createdAt}-${session.lastSeenAt}`} class="card-item">
          <dl class="facts">
            <div>
              <dt>{t('account.sessionSince')}</dt>
              <dd>{dateTime(session.createdAt)}</dd>
            </div>
            <div>
              <dt>{t('account.sessionLastSeen')}</dt>
              <dd>
                <Moment iso={session.lastSeenAt} />
              </dd>
            </div>
          </dl>
          {session.current ? (
            <p>
              <strong>{t('account.thisSession')}</strong>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Password and sessions: change one's own password (the old one required), and Sign out everywhere. */
export function AccountPage() {
  const { t } = useLanguage();
  const { client, session } = usePortal();
  const sessions = useSignal<Remote<readonly OwnSession[]>>({ status: 'loading' });
  const loadSessions = useMemo(() => loader(sessions, () => client.mySessions()), [client]);
  const password = useMemo(
    () =>
      createPasswordFormModel({
        needsCurrent: true,
        save: async (current, next) => {
          await client.changeMyPassword(current, next);
          void loadSessions();
        },
      }),
    [client],
  );
  const confirming = useSignal(false);
  const ending = useSignal(false);
  const endFailure = useSignal<PortalFailure | null>(null);
  useEffect(() => {
    void loadSessions();
    return () => password.clear();
  }, [password]);
  const list = sessions.value;

  const signOutEverywhere = async () => {
    ending.value = true;
    endFailure.value = (await session.signOutEverywhere()) ?? null;
    ending.value = false;
    confirming.value = false;
  };

  return (
    <section class="page" aria-labelledby="page-heading">
      <PageHeading title={t('account.title')} />
      <section class="panel" aria-labelledby="password-heading">
        <h2 id="password-heading">{t('account.passwordTitle')}</h2>
        <p class="muted">{t('account.passwordIntro')}</p>
        <PasswordForm
          model={password}
          idPrefix="own-password"
          needsCurrent
          submitLabel={t('account.changePassword')}
          savingLabel={t('account.changingPassword')}
          doneText={t('account.passwordChanged')}
        />
      </section>
      <section class="panel" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t('account.sessionsTitle')}</h2>
        <p class="muted">{t('account.sessionsIntro')}</p>
        {list.status === 'loading' ? <p role="status">{t('account.sessionsLoading')}</p> : null}
        {list.status === 'failed' ? (
          <FailureNotice failure={list.failure} onRetry={() => void loadSessions()} />
        ) : null}
        {list.status === 'loaded' ? <SessionList sessions={list.value} /> : null}
        {endFailure.value ? <FailureNotice failure={endFailure.value} /> : null}
        {confirming.value ? (
          <Confirmation
            question={t('account.signOutEverywhereQuestion')}
            confirmLabel={t('account.signOutEverywhere')}
            busyLabel={t('account.signingOutEverywhere')}
            cancelLabel={t('account.staySignedIn')}
            busy={ending.value}
            onConfirm={() => void signOutEverywhere()}
            onCancel={() => {
              confirming.value = false;
            }}
          >
            {t('account.signOutEverywhereConsequence')}
          </Confirmation>
        ) : (
          <div class="actions">
            <button
              type="button"
              class="button"
              onClick={() => {
                endFailure.value = null;
                confirming.value = true;
              }}
            >
              {t('account.signOutEverywhere')}
            </button>
          </div>
        )}
      </section>
    </section>
  );
}
