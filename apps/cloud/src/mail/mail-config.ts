import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { isMailAddress, type RetryPolicy } from '@cardenroll/tenant';
import * as v from 'valibot';
import { resolveSecret, type Secret, secretReference } from '../service-config/secret';

/**
 * The `mail` section of the service's config file: the SMTP server one-time passwords are sent through.
 * Without it the service sends no e-mail (the portal offers the e-mail preview instead).
 */
export const mailConfigSchema = v.strictObject({
  host: v.pipe(v.string(), v.minLength(1, 'the SMTP server’s host name')),
  port: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(65535))),
  /** `starttls` (port 587, the default), `tls` (implicit TLS, port 465), `none` (loopback relays only). */
  security: v.optional(v.picklist(['starttls', 'tls', 'none']), 'starttls'),
  user: v.optional(v.pipe(v.string(), v.minLength(1))),
  password: v.optional(secretReference),
  /** The From address, e.g. `"Card service" <cards@example.com>` is NOT taken: an address only. */
  from: v.pipe(v.string(), v.minLength(1)),
  /** The sender's name shown beside the address. */
  fromName: v.optional(v.pipe(v.string(), v.maxLength(100))),
  /** A PEM file of the CA(s) that signed the server's certificate, where it is not a public one. */
  caFile: v.optional(v.pipe(v.string(), v.minLength(1))),
  connectionTimeoutMs: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(1000), v.maxValue(120_000)),
    10_000,
  ),
  greetingTimeoutMs: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(1000), v.maxValue(120_000)),
    10_000,
  ),
  /** Attempts per message before it is given up on (reported in the portal and the audit log). */
  maxAttempts: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)), 8),
  /** The wait after the first failed attempt; it doubles after each one, up to an hour. */
  retryFirstDelayMs: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(1000), v.maxValue(3_600_000)),
    30_000,
  ),
});
export type MailConfig = v.InferOutput<typeof mailConfigSchema>;

/** The mail settings with the secret resolved and the CA read; checked beyond what the schema can say. */
export interface MailSettings {
  readonly host: string;
  readonly port: number;
  readonly security: 'starttls' | 'tls' | 'none';
  readonly auth: { readonly user: string; readonly password: Secret } | null;
  readonly from: string;
  readonly fromName: string | null;
  readonly ca: string | null;
  readonly connectionTimeoutMs: number;
  readonly greetingTimeoutMs: number;
  readonly retry: RetryPolicy;
}

const defaultPorts = { starttls: 587, tls: 465, none: 25 } as const;

/** Whether `host` is this machine: `localhost`, 127.0.0.0/8 or ::1. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return isIP(bare) === 6 && (bare === '::1' || bare === '0:0:0:0:0:0:0:1');
}

/** Resolves the section; the errors name the field (`mail.password`, …), never a secret's value. */
export function resolveMailSettings(config: MailConfig, env: NodeJS.ProcessEnv = process.env): MailSettings {
  if (config.security === 'none' && !isLoopbackHost(config.host))
    throw new Error(
      `mail.security "none" sends one-time passwords in clear; it is allowed only for a relay on this machine (localhost), not ${config.host}. Use "starttls" or "tls".`,
    );
  if (!isMailAddress(config.from))
    throw new Error(
      `mail.from must be one e-mail address (name@example.com), not ${JSON.stringify(config.from)}`,
    );
  if ((config.user === undefined) !== (config.password === undefined))
    throw new Error('mail.user and mail.password go together: give both, or neither');
  let ca: string | null = null;
  if (config.caFile !== undefined) {
    try {
      ca = readFileSync(config.caFile, 'utf8');
    } catch {
      throw new Error(`mail.caFile: cannot read ${config.caFile}`);
    }
  }
  return {
    host: config.host,
    port: config.port ?? defaultPorts[config.security],
    security: config.security,
    auth:
      config.user === undefined || config.password === undefined
        ? null
        : { user: config.user, password: resolveSecret(config.password, 'mail.password', env) },
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a name is one line
    fromName: config.fromName?.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim() || null,
    from: config.from,
    ca,
    connectionTimeoutMs: config.connectionTimeoutMs,
    greetingTimeoutMs: config.greetingTimeoutMs,
    retry: {
      maxAttempts: config.maxAttempts,
      firstDelayMs: config.retryFirstDelayMs,
      maxDelayMs: 60 * 60_000,
    },
  };
}
