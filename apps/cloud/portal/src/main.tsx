import '@preact/signals';
import { render } from 'preact';
import { App } from './App';
import { createPortal } from './create-portal';
import { PortalContext } from './portal-context';
import './portal.css';

/**
 * Mounts the portal once its language is there (so no page flashes in English), while the service is
 * asked whether the browser already has a session.
 */
async function start(): Promise<void> {
  const root = document.getElementById('portal');
  if (!root) return;
  const portal = createPortal({ base: import.meta.env.BASE_URL, window });
  const session = portal.session.check();
  await portal.language.start();
  render(
    <PortalContext.Provider value={portal}>
      <App />
    </PortalContext.Provider>,
    root,
  );
  await session;
}

void start();
