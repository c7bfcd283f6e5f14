import type { PortalUser } from '@cardenroll/contract';
import { render } from '@testing-library/preact';
import { App } from '../App';
import { createPortal } from '../create-portal';
import { PortalContext } from '../portal-context';
import { type FakeService, json } from './fake-service';

export const alice: PortalUser = {
  id: 'u_alice',
  username: 'alice',
  displayName: 'Alice Martin',
  email: 'alice@example.test',
  role: 'user',
};

export const admin: PortalUser = {
  id: 'u_admin',
  username: 'admin',
  displayName: 'Ada Admin',
  email: 'admin@example.test',
  role: 'admin',
};

export const csrfToken = 'csrf-test-token';

/** The service knows the browser's session for `user`, or none. */
export function signedInAs(service: FakeService, user: PortalUser | null): void {
  service.on('GET /session', () => (user ? json(200, { user, csrfToken }) : json(200, { user: null })));
  // My Profile lists desktop clients too; a test about them says otherwise.
  service.on('GET /me/clients', () => json(200, { clients: [] }));
}

/**
 * Renders the whole portal at `path` (as if the browser opened it) over the fake service, in the
 * first of `languages` it speaks (English by default), and runs the session check that main.tsx runs
 * at start.
 */
export async function renderPortal(
  service: FakeService,
  path: string,
  { languages = ['en'] }: { readonly languages?: readonly string[] } = {},
) {
  window.history.replaceState(null, '', path);
  const portal = createPortal({ base: '/portal/', window, fetch: service.fetch, languages });
  await portal.language.start();
  const view = render(
    <PortalContext.Provider value={portal}>
      <App />
    </PortalContext.Provider>,
  );
  await portal.session.check();
  return { ...view, portal };
}
