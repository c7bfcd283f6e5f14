import '@preact/signals';
import { startMockTenant } from '@cardenroll/cloud-mock/browser';
import { render } from 'preact';
import { initialPanelSettings, panelConfigHandler } from './panel-config';
import { Simulator } from './Simulator';
import { shellFrom } from './shells';
import './simulator.css';

/**
 * The demo tenant runs in this page's service worker, which also answers the framed panel's requests (msw
 * hands a frame's requests to the page that started it), so the panel is the very build that ships.
 */
async function start(): Promise<void> {
  const root = document.getElementById('simulator');
  if (!root) return;
  const shell = shellFrom(new URLSearchParams(location.search).get('shell'));
  const settings = initialPanelSettings(shell.id);
  const tenant = await startMockTenant({
    tenantUrl: new URL('/', location.href).href,
    serviceWorkerUrl: '/mockServiceWorker.js',
    quiet: true,
    extraHandlers: [panelConfigHandler(shell.id, settings)],
  });
  render(<Simulator tenant={tenant} shell={shell} settings={settings} />, root);
}

void start();
