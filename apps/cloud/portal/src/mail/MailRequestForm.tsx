import { useSignal } from '@preact/signals';
import type { PortalFailure } from '../api/portal-failure';
import { FailureNotice } from '../components/FailureNotice';
import { Notice } from '../components/Notice';
import { useLanguage } from '../i18n/language-context';
import { usePortal } from '../portal-context';
import { attempt } from '../remote';

/**
 * "I can't sign in at the printer": a username or address, and a one-time password by e-mail. The answer
 * is the same whether or not it names anyone, so the page says the same, and forgets what was typed.
 */
export function MailRequestForm() {
  const { t } = useLanguage();
  const { client } = usePortal();
  const login = useSignal('');
  const sending = useSignal(false);
  const done = useSignal(false);
  const missing = useSignal(false);
  const failure = useSignal<PortalFailure | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (sending.value) return;
    failure.value = null;
    done.value = false;
    missing.value = login.value.trim() === '';
    if (missing.value) return;
    sending.value = true;
    const outcome = await attempt(() => client.requestOtpMail(login.value.trim()));
    sending.value = false;
    if (outcome.ok) {
      done.value = true;
      login.value = '';
    } else failure.value = outcome.failure;
  };

  return (
    <details class="mail-request">
      <summary>{t('signIn.mailRequest')}</summary>
      <h2 class="visually-hidden">{t('mailRequest.title')}</h2>
      <p>{t('mailRequest.intro')}</p>
      {done.value ? <Notice tone="status">{t('mailRequest.done')}</Notice> : null}
      {missing.value ? <Notice tone="alert">{t('mailRequest.missing')}</Notice> : null}
      {failure.value ? <FailureNotice failure={failure.value} /> : null}
      <form class="form" onSubmit={(event) => void submit(event)} noValidate>
        <div class="field">
          <label for="mail-request-login">{t('mailRequest.login')}</label>
          <input
            id="mail-request-login"
            name="login"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellcheck={false}
            value={login.value}
            onInput={(event) => {
              login.value = event.currentTarget.value;
            }}
          />
        </div>
        <div class="actions">
          <button type="submit" class="button" disabled={sending.value}>
            {sending.value ? t('mailRequest.sending') : t('mailRequest.submit')}
          </button>
        </div>
      </form>
    </details>
  );
}
