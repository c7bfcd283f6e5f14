import { useLanguage } from '../i18n/language-context';
import { isLocale, languages, locales } from '../i18n/locales';
import { usePortal } from '../portal-context';

/**
 * The list of the portal's languages, each by its own name, labelled in the language shown now; a
 * pick takes effect once its texts are fetched, and is remembered on this browser only.
 */
export function LanguageSwitcher() {
  const { t, locale } = useLanguage();
  const { language } = usePortal();
  const unavailable = language.unavailable.value;
  return (
    <div class="language">
      <label for="portal-language">{t('language.label')}</label>
      <select
        id="portal-language"
        class="language__select"
        value={locale}
        onChange={(event) => {
          const picked = event.currentTarget.value;
          if (isLocale(picked)) void language.choose(picked);
        }}
      >
        {locales.map((option) => (
          <option key={option} value={option} lang={option} dir={languages[option].dir}>
            {languages[option].name}
          </option>
        ))}
      </select>
      {unavailable ? (
        <p role="alert" class="language__problem">
          {t('language.unavailable', { language: languages[unavailable].name })}
        </p>
      ) : null}
    </div>
  );
}
