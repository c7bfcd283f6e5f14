import '@preact/signals';
import { startMockTenant } from '@cardenroll/cloud-mock/browser';
import { setupWorker } from 'msw/browser';
import { render } from 'preact';
import { initialPanelSettings, panelConfigHandler } from './panel-config';
import { Simulator } from './Simulator';
import { shellFrom } from './shells';
import './simulator.css';

/** Which tenant the server behind this page offers: `npm start` runs the reference service, `--mock` not. */
async function backendOfServer(): Promise<'mock' | 'reference-service'> {
  try {
    const answer = (await (await fetch('/simulator-backend.json', { cache: 'no-store' })).json()) as unknown;
    const tenant = typeof answer === 'object' && answer !== null && 'tenant' in answer ? answer.tenant : null;
    return tenant === 'reference-service' ? 'reference-service' : 'mock';
  } catch {
    return 'mock';
  }
}

/**
 * The page's service worker answers the framed panel's config.json (msw hands a frame's requests to the
 * page that started it), so the panel is the very build that ships. With the mock tenant, the same worker
 * is the demo tenant; with the reference service, tenant requests pass by it to the server, which hands
 * them on to the service.
 */
async function start(): Promise<void> {
  const root = document.getElementById('simulator');
  if (!root) return;
  const shell = shellFrom(new URLSearchParams(location.search).get('shell'));
  const settings = initialPanelSettings(shell.id);
  const configHandler = panelConfigHandler(shell.id, settings);
  if ((await backendOfServer()) === 'reference-service') {
    await setupWorker(configHandler).start({
      serviceWorker: { url: '/mockServiceWorker.js' },
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
    render(<Simulator tenant={null} shell={shell} settings={settings} />, root);
    return;
  }
  const tenant = await startMockTenant({
    tenantUrl: new URL('/', location.href).href,
    serviceWorkerUrl: '/mockServiceWorker.js',
    quiet: true,
    extraHandlers: [configHandler],
  });
  render(<Simulator tenant={tenant} shell={shell} settings={settings} />, root);
}

void start();
