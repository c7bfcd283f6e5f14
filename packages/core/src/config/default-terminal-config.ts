import type { ReaderKind, ShellName, TerminalConfig } from './terminal-config';

/** The example values a packaged config.json ships with; a panel refuses to start until they are replaced. */
export const EXAMPLE_TENANT_URL = 'https://your-tenant.example.com/';
export const EXAMPLE_TERMINAL_KEY = 'paste-the-terminal-key-from-the-portal';

/** Konica Minolta readers in keyboard mode type each hex digit as its two-digit ASCII code. */
export const KM_ASCII_HEX_CHAIN = 'ASCII2Hex';

const common: Omit<TerminalConfig, 'tenantUrl' | 'terminalKey' | 'conversion' | 'reader'> = {
  enrollmentPrompt: true,
  secret: 'password-or-otp',
  clientAuthentication: false,
  // Off until the tenant offers hand-overs: the reference service does, other tenants may not.
  phoneHandover: false,
  locale: 'auto',
  installerView: false,
  timeouts: {
    promptSeconds: 30,
    credentialsSeconds: 90,
    failedSeconds: 30,
    signedInSeconds: 120,
    handoverSeconds: 300,
    warningSeconds: 10,
    tenantSeconds: 8,
  },
};

const keyboardReader: TerminalConfig['reader'] = {
  kind: 'keyboard',
  // A card held on the reader is read again and again; repeats within 800 ms are one swipe.
  debounceMs: 800,
  maxGapMs: 35,
  // Panel readers end each read with Enter; a busy panel must not cut a slow read in two on a pause.
  endGapMs: 0,
  minLength: 4,
  prefix: '',
  suffix: '',
  keyMap: 'physical',
  hidFilters: [],
  hidDecoder: 'raw-hex',
};

/** Each shell's defaults: what a setting is when config.json leaves it out. */
export const shellDefaults: { readonly [S in ShellName]: TerminalConfig } = {
  webclient: { ...common, tenantUrl: '', terminalKey: '', conversion: '', reader: keyboardReader },
  iws: { ...common, tenantUrl: '', terminalKey: '', conversion: KM_ASCII_HEX_CHAIN, reader: keyboardReader },
  workpath: {
    ...common,
    tenantUrl: '',
    terminalKey: '',
    conversion: '',
    // The bridge hands over whole reports; only the host's repeats need folding.
    reader: { ...keyboardReader, kind: 'workpath-bridge' },
  },
};

/** The card sources each shell can run. */
export const shellReaderKinds: { readonly [S in ShellName]: readonly ReaderKind[] } = {
  webclient: ['keyboard', 'webhid'],
  iws: ['keyboard'],
  workpath: ['workpath-bridge'],
};
