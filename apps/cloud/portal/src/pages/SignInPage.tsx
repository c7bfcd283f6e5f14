import { useMemo, useRef } from 'preact/hooks';
import { failureText } from '../components/failure-text';
import { Notice } from '../components/Notice';
import { PageHeading } from '../components/PageHeading';
import { useLanguage } from '../i18n/language-context';
import type { PortalLanguage } from '../i18n/translate';
import { usePortal } from '../portal-context';
import type { SignedOutReason } from '../session/session-model';
import { createSignInModel, type SignInProblem } from './sign-in-model';

interface SignInPageProps {
  /** Why the form shows, if there is something to say (the session ended, signed out). */
  readonly reason?: SignedOutReason | undefined;
  /** A line about what comes after the sign-in, e.g. on the phone hand-over page. */
  readonly purpose?: string | undefined;
}

function problemText(problem: SignInProblem, language: PortalLanguage): string {
  switch (problem.kind) {
    case 'missing_fields':
      return language.t('signIn.missing');
    case 'not_signed_in':
    case 'csrf_rejected':
      // The service refused a fresh login: a stale cookie or a page from another origin; reloading fixes both.
      return language.t('signIn.reload');
    case 'unreachable':
      return language.t('signIn.unreachable');
    default:
      return failureText(problem, language);
  }
}

const reasonKeys = {
  ended: 'signIn.ended',
  signedOut: 'signIn.signedOut',
  signedOutEverywhere: 'signIn.signedOutEverywhere',
  signOutUnconfirmed: 'signIn.signOutUnconfirmed',
  unreachable: 'signIn.unreachable',
} as const;

/** Username, Password, Sign in: the way into the portal for users and administrators alike. */
export function SignInPage({ reason, purpose }: SignInPageProps) {
  const language = useLanguage();
  const { t } = language;
  const { session } = usePortal();
  const model = useMemo(() => createSignInModel(session), [session]);
  const passwordField = useRef<HTMLInputElement>(null);
  const usernameField = useRef<HTMLInputElement>(null);
  const problem = model.problem.value;

  const submit = async (event: Event) => {
    event.preventDefault();
    // Signed in, the App shows the page of the address (My Profile for the start page).
    if (await model.submit()) return;
    // Back to where typing continues: the username if it is missing, else the (now empty) password.
    (model.username.value.trim() === '' ? usernameField : passwordField).current?.focus();
  };

  return (
    <section class="page page--narrow" aria-labelledby="page-heading">
      <PageHeading title={t('signIn.title')} />
      {purpose ? <p>{purpose}</p> : null}
      {reason && !problem ? (
        <Notice tone={reason === 'signedOut' || reason === 'signedOutEverywhere' ? 'status' : 'alert'}>
          {t(reasonKeys[reason])}
        </Notice>
      ) : null}
      {problem ? <Notice tone="alert">{problemText(problem, language)}</Notice> : null}
      <form class="form" onSubmit={(event) => void submit(event)} noValidate>
        <div class="field">
          <label for="sign-in-username">{t('signIn.username')}</label>
          <input
            id="sign-in-username"
            ref={usernameField}
            name="username"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellcheck={false}
            required
            value={model.username.value}
            onInput={(event) => model.setUsername(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="sign-in-password">{t('signIn.password')}</label>
          <input
            id="sign-in-password"
            ref={passwordField}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={model.password.value}
            onInput={(event) => model.setPassword(event.currentTarget.value)}
          />
        </div>
        <div class="actions">
          <button type="submit" class="button button--primary" disabled={model.submitting.value}>
            {model.submitting.value ? t('signIn.submitting') : t('signIn.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
