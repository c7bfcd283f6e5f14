import type { EmailPreview } from '@cardenroll/contract';
import { useLanguage } from '../i18n/language-context';

/** The e-mail the service would send with the password, for an administrator to check. */
export function EmailPreviewView({ email }: { readonly email: EmailPreview }) {
  const { t } = useLanguage();
  return (
    <div class="email-preview">
      <h3>{t('email.title')}</h3>
      <p class="muted">{t('email.notSent')}</p>
      <dl class="facts facts--stacked">
        <div>
          <dt>{t('email.to')}</dt>
          <dd>{email.to}</dd>
        </div>
        <div>
          <dt>{t('email.subject')}</dt>
          <dd>{email.subject}</dd>
        </div>
        <div>
          <dt>{t('email.text')}</dt>
          <dd>
            <pre class="email-preview__text">{email.text}</pre>
          </dd>
        </div>
      </dl>
    </div>
  );
}
