import { demoTenant } from '@cardenroll/cloud-mock';
import { type Locale, type ShellName, shellDefaults } from '@cardenroll/core';
import { HttpResponse, http } from 'msw';
import { SIMULATED_HID_READER } from './webhid-emulator';

/** What the simulator's switches put in the framed shell's config.json. */
export interface PanelSettings {
  chain: string;
  locale: Locale;
  installerView: boolean;
  /** config.json's whole text when QA tries a config of their own; null for the demo terminal's. */
  configText: string | null;
  /** Keyboard shells: the reader types (a wedge) or speaks its vendor protocol over WebHID. */
  reader: 'keyboard' | 'webhid';
  /**
   * Runs as the panel asks for its config.json, before it gets it: the moment to put the emulated host's
   * bridge or `navigator.hid` into the frame, as a host does before the page's scripts need them.
   */
  onConfigRequest: () => void;
}

export function initialPanelSettings(shell: ShellName): PanelSettings {
  return {
    chain: shellDefaults[shell].conversion,
    locale: 'en',
    installerView: false,
    configText: null,
    reader: 'keyboard',
    onConfigRequest: () => {},
  };
}

/** The demo terminal's config.json: the demo tenant on this origin, with the simulator's switches. */
export function demoConfigText(settings: PanelSettings): string {
  const config = {
    tenantUrl: new URL('/', window.location.href).href,
    terminalKey: demoTenant.terminalKey,
    conversion: settings.chain,
    locale: settings.locale,
    installerView: settings.installerView,
    // The demo shows every way to enroll; the mock tenant and the reference service both offer hand-overs.
    phoneHandover: true,
    ...(settings.reader === 'webhid'
      ? { reader: { kind: 'webhid', hidFilters: [{ vendorId: SIMULATED_HID_READER.vendorId }] } }
      : {}),
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/**
 * Answers the framed shell's request for its config.json, as the packaged file on a printer would. The
 * shell is the build that ships; only the file it reads at start comes from the simulator.
 */
export function panelConfigHandler(shell: ShellName, settings: PanelSettings) {
  return http.get(new URL(`/${shell}/config.json`, window.location.href).href, () => {
    settings.onConfigRequest();
    return HttpResponse.text(settings.configText ?? demoConfigText(settings), {
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  });
}
