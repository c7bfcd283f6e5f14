import { connectSimulator, demoTenant } from '@cardenroll/cloud-mock';
import { startMockTenant } from '@cardenroll/cloud-mock/browser';
import type { Locale } from '@cardenroll/core';
import type { Signal } from '@preact/signals';

/**
 * Simulator mode only: the demo tenant answers from a service worker in this page, and the simulator
 * around the panel may flip its faults and the host's language.
 */
export async function startSimulatedTenant(locale: Signal<Locale>) {
  const tenantUrl = new URL('/', window.location.href).href;
  const tenant = await startMockTenant({ tenantUrl, serviceWorkerUrl: '/mockServiceWorker.js', quiet: true });
  connectSimulator({ tenant, onLocale: (next) => (locale.value = next) });
  return { tenantUrl, terminalKey: demoTenant.terminalKey };
}
