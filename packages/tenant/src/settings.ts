import { isLocale, type Locale } from '@cardenroll/core';
import type { CardLimitPolicy } from './card-limit';
import type { LockoutPolicy } from './lockout';
import type { ThrottlePolicy } from './source-throttle';

/** The tenant's settings: one row each in the `settings` table, defaults for any that are missing. */
export interface TenantSettings extends LockoutPolicy, ThrottlePolicy {
  /** Whether unknown cards may be enrolled at all (off: identify answers 403 enrollment_disabled). */
  readonly enrollmentEnabled: boolean;
  readonly maxCardsPerUser: number;
  readonly cardLimitPolicy: CardLimitPolicy;
  /** Domains whose `DOMAIN\user` and `user@domain` forms mean the plain username. */
  readonly accountDomains: readonly string[];
  readonly enrollmentTokenTtlMs: number;
  /** Lifetime of the host session handed to the panel on a sign-in. */
  readonly sessionTtlMs: number;
  /** Lifetime of an OTP issued in the portal. */
  readonly otpTtlMs: number;
  readonly handoverTtlMs: number;
  /** The language of e-mails to users (users have none of their own); self-service asks the browser first. */
  readonly mailLanguage: Locale;
  /** A user the directory import creates gets a one-time password by e-mail (where mail is configured). */
  readonly otpMailOnImport: boolean;
}

export const defaultSettings: TenantSettings = {
  enrollmentEnabled: true,
  maxCardsPerUser: 5,
  cardLimitPolicy: 'refuse',
  accountDomains: [],
  lockoutAfterFailures: 5,
  lockoutMs: 15 * 60_000,
  rateLimitFailures: 10,
  rateLimitWindowMs: 15 * 60_000,
  enrollmentTokenTtlMs: 5 * 60_000,
  sessionTtlMs: 10 * 60_000,
  otpTtlMs: 24 * 60 * 60_000,
  handoverTtlMs: 5 * 60_000,
  mailLanguage: 'en',
  otpMailOnImport: false,
};

export type SettingName = keyof TenantSettings;

const isCount = (value: unknown, min: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= 1_000_000_000;

/** Checks one value; a wrong type or range is refused, never stored. */
export function isValidSetting(name: SettingName, value: unknown): boolean {
  switch (name) {
    case 'enrollmentEnabled':
    case 'otpMailOnImport':
      return typeof value === 'boolean';
    case 'mailLanguage':
      return isLocale(value);
    case 'cardLimitPolicy':
      return value === 'refuse' || value === 'replace_oldest';
    case 'accountDomains':
      return Array.isArray(value) && value.every((domain) => typeof domain === 'string' && domain.length > 0);
    case 'maxCardsPerUser':
      return isCount(value, 0);
    case 'lockoutAfterFailures':
    case 'rateLimitFailures':
      return isCount(value, 1);
    case 'lockoutMs':
    case 'rateLimitWindowMs':
    case 'enrollmentTokenTtlMs':
    case 'sessionTtlMs':
    case 'otpTtlMs':
    case 'handoverTtlMs':
      return isCount(value, 1000);
    default:
      return name satisfies never;
  }
}

export const isSettingName = (name: string): name is SettingName => Object.hasOwn(defaultSettings, name);

/** The settings from stored name/JSON pairs; unknown names and invalid values fall back to the defaults. */
export function readSettings(
  rows: Iterable<{ readonly name: string; readonly value: string }>,
): TenantSettings {
  const settings: Record<string, unknown> = { ...defaultSettings };
  for (const { name, value } of rows) {
    if (!isSettingName(name)) continue;
    try {
      const parsed: unknown = JSON.parse(value);
      if (isValidSetting(name, parsed)) settings[name] = parsed;
    } catch {
      // A hand-edited row that is not JSON keeps the default, like an invalid one.
    }
  }
  return settings as unknown as TenantSettings;
}
