import '@preact/signals';
import { render } from 'preact';
import { App } from './App';
import { createPortal } from './create-portal';
import { negotiateLocale, regionalTags } from './i18n/catalogs';
import { LanguageContext } from './i18n/language-context';
import { portalLanguage } from './i18n/translate';
import { PortalContext } from './portal-context';
import './portal.css';

/** Mounts the portal and asks the service whether the browser already has a session. */
function start(): void {
  const root = document.getElementById('portal');
  if (!root) return;
  const locale = negotiateLocale(navigator.languages);
  const language = portalLanguage(locale, regionalTags(locale, navigator.languages));
  document.documentElement.lang = language.locale;
  const portal = createPortal({ base: import.meta.env.BASE_URL, window });
  render(
    <LanguageContext.Provider value={language}>
      <PortalContext.Provider value={portal}>
        <App />
      </PortalContext.Provider>
    </LanguageContext.Provider>,
    root,
  );
  void portal.session.check();
}

start();
