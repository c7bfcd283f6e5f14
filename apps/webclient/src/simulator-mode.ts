import { demoTenant } from '@cardenroll/cloud-mock';
import { startMockTenant } from '@cardenroll/cloud-mock/browser';
import { compileReadConverter, type EnrollmentModel } from '@cardenroll/core';
import { connectSimulator } from '@cardenroll/simulator-link';
import { effect } from '@preact/signals';
import type { PanelSettings } from './main';

/**
 * Simulator builds only: the demo tenant answers from a service worker in this page, and the simulator
 * around the panel flips its faults, the language, the conversion chain and the installer view.
 */
export async function startSimulatorMode() {
  const tenantUrl = new URL('/', window.location.href).href;
  const tenant = await startMockTenant({ tenantUrl, serviceWorkerUrl: '/mockServiceWorker.js', quiet: true });
  return {
    tenantUrl,
    terminalKey: demoTenant.terminalKey,
    attach(model: EnrollmentModel, panel: PanelSettings) {
      const link = connectSimulator({
        tenant,
        onLocale: (locale) => (panel.locale.value = locale),
        onDiagnostics: (on) => (panel.diagnostics.value = on),
        onConversion: (chain) => {
          const compiled = compileReadConverter(chain);
          if (!compiled.ok) return compiled.error;
          model.setConverter(compiled.convert);
          return null;
        },
      });
      effect(() => {
        const swipe = model.lastSwipe.value;
        if (swipe) link.reportSwipe(swipe.read, swipe.outcome);
      });
    },
  };
}
