import type { Locale } from '../i18n/locales';

/** The per-vendor apps an installer deploys. */
export type ShellName = 'webclient' | 'iws' | 'workpath';

/** Where a shell's card reads come from. */
export type ReaderKind = 'keyboard' | 'webhid' | 'workpath-bridge';

/** What the panel asks for after the username: a password only, or a password or a one-time password. */
export type SecretKind = 'password' | 'password-or-otp';

/** One WebHID device filter, as `navigator.hid.requestDevice` takes it. */
export interface HidFilterConfig {
  readonly vendorId?: number;
  readonly productId?: number;
  readonly usagePage?: number;
  readonly usage?: number;
}

/** How the card reader is read; which fields matter depends on `kind`. */
export interface ReaderConfig {
  readonly kind: ReaderKind;
  /** Repeats of one read within this window are one swipe. */
  readonly debounceMs: number;
  /** Keyboard readers: the longest gap between two keys of one read. */
  readonly maxGapMs: number;
  /** Keyboard readers: silence that ends a read; 0 means only an ending key (Enter, Tab, suffix) does. */
  readonly endGapMs: number;
  /** Keyboard readers: the shortest read that counts as a card. */
  readonly minLength: number;
  /** Keyboard readers: characters the reader sends before / after every read, removed. */
  readonly prefix: string;
  readonly suffix: string;
  /** Keyboard readers: read keys by their position on a US keyboard (`physical`) or by the character typed. */
  readonly keyMap: 'physical' | 'character';
  /** WebHID readers: the devices to open. */
  readonly hidFilters: readonly HidFilterConfig[];
  /** WebHID readers: how their input reports carry the card (a decoder the readers package names). */
  readonly hidDecoder: HidDecoderName;
}

/** The WebHID report decoders a config can name; `packages/readers` has one of each (docs/webhid.md). */
export type HidDecoderName = 'raw-hex' | 'ascii-cr';

/** How long each screen waits for a person, in seconds, and how long the tenant may take to answer. */
export interface TimeoutsConfig {
  readonly promptSeconds: number;
  readonly credentialsSeconds: number;
  readonly failedSeconds: number;
  readonly signedInSeconds: number;
  /** The phone hand-over screen; the tenant ends a hand-over after 5 minutes in any case. */
  readonly handoverSeconds: number;
  readonly warningSeconds: number;
  readonly tenantSeconds: number;
}

/** A terminal's settings: what an installer writes in the shell's config.json, defaults filled in. */
export interface TerminalConfig {
  readonly tenantUrl: string;
  readonly terminalKey: string;
  /** The tenant's conversion chain from read to card number (SAFEQ syntax); empty: the read is the number. */
  readonly conversion: string;
  readonly enrollmentPrompt: boolean;
  readonly secret: SecretKind;
  /** The tenant uses client authentication: the panel says the OTP comes from the desktop client. */
  readonly clientAuthentication: boolean;
  /** The credentials screen offers "Use your phone": a QR code and a short code confirmed in the portal. */
  readonly phoneHandover: boolean;
  /** `auto`: the host's or device's language, else English. */
  readonly locale: 'auto' | Locale;
  /** Shows the read and the converted number (masked) on unknown and unreadable cards, for installers. */
  readonly installerView: boolean;
  readonly timeouts: TimeoutsConfig;
  readonly reader: ReaderConfig;
}
