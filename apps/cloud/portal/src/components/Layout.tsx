import type { PortalUser } from '@cardenroll/contract';
import type { ComponentChildren } from 'preact';
import { useLanguage } from '../i18n/language-context';
import { usePortal } from '../portal-context';
import type { Page } from '../routing/route';
import { LanguageSwitcher } from './LanguageSwitcher';
import { RouteLink } from './RouteLink';

interface LayoutProps {
  /** The signed-in person; without one, the header has no navigation. */
  readonly user?: PortalUser | undefined;
  readonly page: Page;
  readonly children: ComponentChildren;
}

/** The header (portal name, navigation, Sign out, language) and the main landmark around every page. */
export function Layout({ user, page, children }: LayoutProps) {
  const { t } = useLanguage();
  const { session } = usePortal();
  const isAdmin = user?.role === 'admin';
  return (
    <div class="layout">
      <a class="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header class="topbar">
        <p class="topbar__brand">{t('app.name')}</p>
        {user ? (
          <nav class="topbar__nav" aria-label={t('nav.label')}>
            <ul>
              <li>
                <RouteLink to={{ page: 'profile' }} current={page === 'profile'}>
                  {t('nav.profile')}
                </RouteLink>
              </li>
              <li>
                <RouteLink to={{ page: 'account' }} current={page === 'account'}>
                  {t('nav.account')}
                </RouteLink>
              </li>
              {isAdmin ? (
                <>
                  <li>
                    <RouteLink to={{ page: 'users' }} current={page === 'users' || page === 'user'}>
                      {t('nav.users')}
                    </RouteLink>
                  </li>
                  <li>
                    <RouteLink to={{ page: 'audit' }} current={page === 'audit'}>
                      {t('nav.audit')}
                    </RouteLink>
                  </li>
                  <li>
                    <RouteLink to={{ page: 'terminals' }} current={page === 'terminals'}>
                      {t('nav.terminals')}
                    </RouteLink>
                  </li>
                  <li>
                    <RouteLink to={{ page: 'providers' }} current={page === 'providers'}>
                      {t('nav.providers')}
                    </RouteLink>
                  </li>
                </>
              ) : null}
            </ul>
          </nav>
        ) : null}
        <div class="topbar__end">
          {user ? (
            <div class="topbar__user">
              <span class="topbar__name">{user.displayName}</span>
              <button type="button" class="button button--small" onClick={() => void session.signOut()}>
                {t('nav.signOut')}
              </button>
            </div>
          ) : null}
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" class="main">
        {children}
      </main>
    </div>
  );
}
