import type { IssuedOtp } from '@cardenroll/contract';
import { useEffect, useRef } from 'preact/hooks';
import { CopyButton } from '../components/CopyButton';
import { FailureNotice } from '../components/FailureNotice';
import { useLanguage } from '../i18n/language-context';
import { EmailPreviewView } from './EmailPreviewView';
import type { OtpModel } from './otp-model';

interface OtpSectionProps {
  readonly model: OtpModel;
  /** Who the password is for: the signed-in person, or a user an administrator looks after. */
  readonly audience: 'self' | 'user';
}

function ShownOtp({ issued, onHide }: { readonly issued: IssuedOtp; readonly onHide: () => void }) {
  const { t, dateTime } = useLanguage();
  const block = useRef<HTMLElement>(null);
  // Focus lands on the new password, so it is read out and Copy is the next Tab.
  useEffect(() => block.current?.focus(), [issued]);

  return (
    <section class="otp" aria-labelledby="otp-shown-label" tabIndex={-1} ref={block}>
      <h3 class="otp__label" id="otp-shown-label">
        {t('otp.label')}
      </h3>
      <p class="otp__value mono">{issued.otp}</p>
      <p>
        {t('otp.validUntil', { time: dateTime(issued.expiresAt) })} {t('otp.once')}
      </p>
      {issued.email ? <EmailPreviewView email={issued.email} /> : null}
      <div class="actions">
        <CopyButton secret={issued.otp} label={t('otp.copy')} failedText={t('otp.copyFailed')} />
        <button type="button" class="button" onClick={onHide}>
          {t('otp.hide')}
        </button>
      </div>
    </section>
  );
}

/** Generate one-time password (and, for administrators, the e-mail preview); the password shows once. */
export function OtpSection({ model, audience }: OtpSectionProps) {
  const { t } = useLanguage();
  useEffect(() => () => model.hide(), [model]);
  const issuing = model.issuing.value;
  const failure = model.failure.value;
  const shown = model.shown.value;

  return (
    <section class="panel" aria-labelledby="otp-heading">
      <h2 id="otp-heading">{t('otp.title')}</h2>
      <p>{audience === 'self' ? t('otp.introSelf') : t('otp.introUser')}</p>
      <div class="actions">
        <button
          type="button"
          class="button button--primary"
          disabled={issuing !== null}
          onClick={() => void model.issue('show')}
        >
          {t('otp.generate')}
        </button>
        {audience === 'user' ? (
          <button
            type="button"
            class="button"
            disabled={issuing !== null}
            onClick={() => void model.issue('email_preview')}
          >
            {t('otp.emailPreview')}
          </button>
        ) : null}
      </div>
      {issuing ? <p role="status">{t('otp.issuing')}</p> : null}
      {failure ? <FailureNotice failure={failure} /> : null}
      {shown ? <ShownOtp issued={shown} onHide={model.hide} /> : null}
    </section>
  );
}
