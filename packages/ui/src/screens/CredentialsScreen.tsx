import {
  type CredentialsNotice,
  type CredentialsState,
  maskCardNumber,
  type Translate,
} from '@cardenroll/core';
import { useEffect, useRef } from 'preact/hooks';
import { Button } from '../Button';
import type { CredentialsOptions } from '../credentials-options';
import { useT } from '../i18n-context';
import { Screen } from '../Screen';

interface CredentialsScreenProps {
  readonly state: CredentialsState;
  readonly options: CredentialsOptions;
  readonly canSubmit: boolean;
  readonly onUsername: (value: string) => void;
  readonly onSecret: (value: string) => void;
  readonly onSubmit: () => void;
  readonly onUseHandover: () => void;
  readonly onCancel: () => void;
}

function noticeText(notice: CredentialsNotice, t: Translate): string {
  switch (notice.kind) {
    case 'invalid_credentials':
      return notice.attemptsLeft === undefined
        ? t('credentials.invalid')
        : `${t('credentials.invalid')} ${t('credentials.attemptsLeft', { count: notice.attemptsLeft })}`;
    case 'too_many_attempts':
      return notice.retryAfterSeconds === undefined
        ? t('credentials.tooManyAttempts')
        : t('credentials.tooManyAttemptsFor', { seconds: notice.retryAfterSeconds });
    case 'unreachable':
      return t('credentials.unreachable');
  }
}

/** Username and secret (password or one-time password), then Register card. */
export function CredentialsScreen(props: CredentialsScreenProps) {
  const { state, options, canSubmit } = props;
  const t = useT();
  const username = useRef<HTMLInputElement>(null);
  const secret = useRef<HTMLInputElement>(null);

  // The on-screen keyboard follows focus: start where the person has something left to type.
  useEffect(() => {
    (state.username === '' ? username : secret).current?.focus();
  }, [state.notice]);

  const secretLabel = options.acceptsOneTimePassword
    ? t('credentials.passwordOrOtp')
    : t('credentials.password');
  // Where a code comes from: the tenant says with the ticket whether it e-mails codes; a tenant that does
  // not say keeps the general texts.
  const byEmail = state.enrollment.otpByEmail;
  const hint = options.clientAuthentication
    ? t(byEmail ? 'credentials.clientAuthEmailHint' : 'credentials.clientAuthHint')
    : options.acceptsOneTimePassword
      ? t(byEmail === false ? 'credentials.otpPortalHint' : 'credentials.otpHint')
      : null;

  return (
    <Screen name="credentials" title={t('credentials.title')} focusHeading={false}>
      <form
        class="credentials"
        autoComplete="off"
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit();
        }}
      >
        <p class="screen__text screen__text--small">
          {t('credentials.intro', { card: maskCardNumber(state.card) })}
        </p>
        {state.notice ? (
          <p class="notice" role="alert">
            {noticeText(state.notice, t)}
          </p>
        ) : null}
        <div class="fields">
          <label class="field">
            <span class="field__label">{t('credentials.username')}</span>
            <input
              ref={username}
              class="field__input"
              name="username"
              type="text"
              autoComplete="off"
              autoCapitalize="none"
              spellcheck={false}
              value={state.username}
              onInput={(event) => props.onUsername(event.currentTarget.value)}
            />
          </label>
          <label class="field">
            <span class="field__label">{secretLabel}</span>
            <input
              ref={secret}
              class="field__input"
              name="secret"
              type="password"
              autoComplete="off"
              value={state.secret}
              aria-describedby={hint ? 'secret-hint' : undefined}
              onInput={(event) => props.onSecret(event.currentTarget.value)}
            />
          </label>
        </div>
        {hint ? (
          <p id="secret-hint" class="hint">
            {hint}
          </p>
        ) : null}
        <div class="screen__actions">
          <Button onClick={props.onCancel}>{t('credentials.cancel')}</Button>
          {options.phoneHandover ? (
            <Button onClick={props.onUseHandover}>{t('credentials.useHandover')}</Button>
          ) : null}
          <Button kind="primary" type="submit" disabled={!canSubmit}>
            {t('credentials.submit')}
          </Button>
        </div>
      </form>
    </Screen>
  );
}
