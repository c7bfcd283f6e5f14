import type { OutgoingMailStatus } from '@cardenroll/contract';
import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { FailureNotice } from '../components/FailureNotice';
import { useLanguage } from '../i18n/language-context';
import { usePortal } from '../portal-context';
import { loader, type Remote } from '../remote';

const stateKeys = {
  queued: 'mail.state.queued',
  sent: 'mail.state.sent',
  failed: 'mail.state.failed',
} as const;

/** Outgoing mail (administrators): queued, sent and undelivered e-mails with their last error, never content. */
export function OutgoingMailSection() {
  const { t, dateTime } = useLanguage();
  const { client } = usePortal();
  const status = useSignal<Remote<OutgoingMailStatus>>({ status: 'loading' });
  const load = useMemo(() => loader(status, () => client.outgoingMail()), [client, status]);
  useEffect(() => void load(), [load]);
  const current = status.value;

  return (
    <section class="panel" aria-labelledby="mail-heading">
      <h2 id="mail-heading">{t('mail.title')}</h2>
      {current.status === 'failed' ? (
        <FailureNotice failure={current.failure} onRetry={() => void load()} />
      ) : null}
      {current.status === 'loaded' && !current.value.configured ? <p>{t('mail.notConfigured')}</p> : null}
      {current.status === 'loaded' && current.value.configured && current.value.messages.length === 0 ? (
        <p class="muted">{t('mail.empty')}</p>
      ) : null}
      {current.status === 'loaded' && current.value.messages.length > 0 ? (
        <div class="table-wrap">
          <table class="table">
            <caption class="visually-hidden">{t('mail.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mail.to')}</th>
                <th scope="col">{t('mail.state')}</th>
                <th scope="col">{t('mail.attempts')}</th>
                <th scope="col">{t('mail.lastError')}</th>
                <th scope="col">{t('mail.nextAttempt')}</th>
              </tr>
            </thead>
            <tbody>
              {current.value.messages.map((message) => (
                <tr key={message.id}>
                  <th scope="row" data-label={t('mail.to')}>
                    {message.to}
                  </th>
                  <td data-label={t('mail.state')}>{t(stateKeys[message.state])}</td>
                  <td data-label={t('mail.attempts')}>{message.attempts}</td>
                  <td data-label={t('mail.lastError')}>{message.lastError ?? ''}</td>
                  <td data-label={t('mail.nextAttempt')}>
                    {message.nextAttemptAt === null ? '' : dateTime(message.nextAttemptAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div class="actions">
        <button type="button" class="button" onClick={() => void load()}>
          {t('mail.refresh')}
        </button>
      </div>
    </section>
  );
}
