import {
  createEnrollmentModel,
  createTenantClient,
  defaultFlowConfig,
  negotiateLocale,
  standaloneHost,
  toFailure,
} from '@cardenroll/core';
import { createKeyboardWedgeSource } from '@cardenroll/readers';
import { defaultCredentialsOptions, mount } from '@cardenroll/ui';
import { signal } from '@preact/signals';

/**
 * The HP Webclient shell: the panel browser is the host (our own signed-in screen with Log out), and
 * the card reader is a keyboard wedge typing into the page.
 */
async function start(): Promise<void> {
  const root = document.getElementById('panel');
  if (!root) return;
  const locale = signal(negotiateLocale([navigator.language]));
  let tenantUrl = new URL('/', window.location.href).href;
  let terminalKey = '';

  if (import.meta.env.MODE === 'simulator') {
    const { startSimulatedTenant } = await import('./simulated-tenant');
    const simulated = await startSimulatedTenant(locale);
    tenantUrl = simulated.tenantUrl;
    terminalKey = simulated.terminalKey;
  }

  const model = createEnrollmentModel({
    config: defaultFlowConfig,
    tenant: createTenantClient({ tenantUrl, terminalKey }),
    host: standaloneHost,
    toFailure,
  });
  model.connect(createKeyboardWedgeSource());
  mount(root, { model, locale, credentials: defaultCredentialsOptions });
}

void start();
