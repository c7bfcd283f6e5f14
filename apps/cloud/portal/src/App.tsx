import type { PortalUser } from '@cardenroll/contract';
import { useEffect, useLayoutEffect } from 'preact/hooks';
import { AccountPage } from './account/AccountPage';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Layout } from './components/Layout';
import { LanguageContext, useLanguage } from './i18n/language-context';
import { AuditPage } from './pages/AuditPage';
import { DevicePage } from './pages/DevicePage';
import { LinkPage } from './pages/LinkPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ProfilePage } from './pages/ProfilePage';
import { ProvidersPage } from './pages/ProvidersPage';
import { SignInPage } from './pages/SignInPage';
import { UserPage } from './pages/UserPage';
import { UsersPage } from './pages/UsersPage';
import { usePortal } from './portal-context';
import { isAdminPage, type Route } from './routing/route';
import { TerminalsPage } from './terminals/TerminalsPage';

function PageFor({ route, user }: { readonly route: Route; readonly user: PortalUser }) {
  if (isAdminPage(route) && user.role !== 'admin') return <NotFoundPage reason="forbidden" />;
  switch (route.page) {
    case 'signIn':
    case 'profile':
      return <ProfilePage user={user} />;
    case 'account':
      return <AccountPage />;
    case 'users':
      return <UsersPage />;
    case 'user':
      return <UserPage userId={route.userId} />;
    case 'audit':
      return <AuditPage />;
    case 'terminals':
      return <TerminalsPage />;
    case 'providers':
      return <ProvidersPage />;
    case 'link':
      return <LinkPage user={user} code={route.code} />;
    case 'device':
      return <DevicePage user={user} code={route.code} />;
    case 'notFound':
      return <NotFoundPage reason="notFound" />;
    default:
      return route satisfies never;
  }
}

/**
 * Sign-in until there is a session, then the page of the address. Signing in from any address stays
 * there (a phone's hand-over link keeps its code); from the start page it goes to My Profile.
 */
function Pages() {
  const { t } = useLanguage();
  const { session, router } = usePortal();
  const state = session.state.value;
  const route = router.route.value;

  useEffect(() => {
    if (state.status === 'signedIn' && route.page === 'signIn')
      router.go({ page: 'profile' }, { replace: true });
  }, [state.status, route.page]);

  if (state.status === 'checking') {
    return (
      <Layout page={route.page}>
        <p role="status" class="page">
          {t('app.checking')}
        </p>
      </Layout>
    );
  }
  if (state.status === 'signedOut') {
    return (
      <Layout page={route.page}>
        <SignInPage
          reason={state.reason}
          purpose={
            route.page === 'link'
              ? t('link.signInPurpose')
              : route.page === 'device'
                ? t('device.signInPurpose')
                : undefined
          }
        />
      </Layout>
    );
  }
  return (
    <Layout user={state.user} page={route.page}>
      <ErrorBoundary key={router.href(route)} homeHref={router.href({ page: 'profile' })}>
        <PageFor route={route} user={state.user} />
      </ErrorBoundary>
    </Layout>
  );
}

/**
 * The portal in the language picked for it: the pages read their texts from the context, and the
 * document says which language it is in and which way it is written (screen readers, Arabic's mirror).
 */
export function App() {
  const language = usePortal().language.current.value;
  useLayoutEffect(() => {
    document.documentElement.lang = language.locale;
    document.documentElement.dir = language.dir;
  }, [language]);
  return (
    <LanguageContext.Provider value={language}>
      <Pages />
    </LanguageContext.Provider>
  );
}
