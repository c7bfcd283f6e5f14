import {
  createEnrollmentModel,
  createTenantClient,
  defaultFlowConfig,
  type EnrollmentModel,
  type Locale,
  negotiateLocale,
  standaloneHost,
  toFailure,
} from '@cardenroll/core';
import { createKeyboardWedgeSource } from '@cardenroll/readers';
import { defaultCredentialsOptions, mount } from '@cardenroll/ui';
import { type Signal, signal } from '@preact/signals';

/** What this shell needs of a tenant; the simulator build swaps in the mock tenant. */
interface TenantLink {
  readonly tenantUrl: string;
  readonly terminalKey: string;
  readonly attach?: (model: EnrollmentModel, panel: PanelSettings) => void;
}

/** What the host or the simulator may change on a running panel. */
export interface PanelSettings {
  readonly locale: Signal<Locale>;
  readonly diagnostics: Signal<boolean>;
}

/**
 * The HP Webclient shell: the panel browser is the host (our own signed-in screen with Log out), and
 * the card reader is a keyboard wedge typing into the page. Configuration arrives with the shells'
 * config.json; until then the defaults below apply.
 */
async function start(): Promise<void> {
  const root = document.getElementById('panel');
  if (!root) return;
  const panel: PanelSettings = {
    locale: signal(negotiateLocale([navigator.language])),
    diagnostics: signal(false),
  };
  const tenant: TenantLink =
    import.meta.env.MODE === 'simulator'
      ? await (await import('./simulator-mode')).startSimulatorMode()
      : { tenantUrl: new URL('/', window.location.href).href, terminalKey: '' };

  // No conversion chain yet: the read is the card number until config.json sets one.
  const model = createEnrollmentModel({
    config: defaultFlowConfig,
    tenant: createTenantClient({ tenantUrl: tenant.tenantUrl, terminalKey: tenant.terminalKey }),
    host: standaloneHost,
    toFailure,
  });
  tenant.attach?.(model, panel);
  // A card held on the reader is read again and again; repeats within 800 ms are one swipe. Readers
  // for HP panels end each read with Enter, so a pause never ends a read here (endGapMs 0): a busy
  // panel must not cut a slow burst in two.
  model.connect(createKeyboardWedgeSource({ debounceMs: 800, endGapMs: 0 }));
  mount(root, {
    model,
    locale: panel.locale,
    diagnostics: panel.diagnostics,
    credentials: defaultCredentialsOptions,
  });
}

void start();
