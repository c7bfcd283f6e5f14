/**
 * @cardenroll/cloud: the reference enrollment service. The terminal API (docs/api.md) and the portal API
 * with the phone hand-over (docs/portal-api.md) over one SQLite file; `startCloud()` runs it, `main.ts` is
 * its command line. docs/cloud.md explains storage, settings and deployment.
 */
import type { AddressInfo } from 'node:net';
import { type Clock, demoTenant, seedTenant, type TenantContext } from '@cardenroll/tenant';
import { serve } from '@hono/node-server';
import type { Database } from 'better-sqlite3';
import { builtPortalDir } from './config';
import { openStore } from './db/open-store';
import { createApp } from './http/app';
import type { MailSettings } from './mail/mail-config';
import { mailSettingsFrom, mailSettingsOf, type OutgoingMail, startOutgoingMail } from './mail/outgoing-mail';
import { oidcIssuersOf, probeOidcIssuer } from './providers/oidc/oidc-issuer';
import { providersFrom } from './providers/registry';
import { createNodeSecrets } from './secrets/node-secrets';
import { defaultScryptLogN } from './secrets/password';
import type { ServiceConfig } from './service-config/service-config';
import { createSqliteStore } from './store/sqlite-store';

export interface StartCloudOptions {
  readonly dataDir: string;
  /** 0 picks a free port (tests). */
  readonly port: number;
  readonly host: string;
  readonly clock?: Clock;
  /** Where request lines and errors go; stdout by default. */
  readonly log?: (line: string) => void;
  /** The public base URL behind a TLS proxy (CLOUD_PUBLIC_URL); links and QR codes use it. */
  readonly publicUrl?: string | null;
  /** More host names it answers for (CLOUD_ALLOWED_HOSTS): `name` (any port) or `name:port`. */
  readonly allowedHosts?: readonly string[];
  /** The built portal pages; apps/cloud/dist/portal by default. */
  readonly portalDir?: string | null;
  /** scrypt cost as log2(N); lower only in tests. */
  readonly scryptLogN?: number;
  /** Seed the demo tenant (its users, `demo-terminal-key`, a year-long OTP) into an empty data file. */
  readonly demo?: boolean;
  /** The installation's key, base64 (CLOUD_SECRET_KEY); else `installation.key` in the data directory. */
  readonly secretKey?: string | undefined;
  /** The service's config file, read (service-config.ts); its secrets are resolved from `env` at start. */
  readonly serviceConfig?: ServiceConfig;
  readonly env?: NodeJS.ProcessEnv;
  /** The SMTP server for one-time passwords; undefined: the config file's `mail` section; null: none. */
  readonly mail?: MailSettings | null;
  /** PostgreSQL (DATABASE_URL) instead of the data file in `dataDir`. */
  readonly databaseUrl?: string | null;
  /** Connections to PostgreSQL at most (DATABASE_POOL_SIZE). */
  readonly poolSize?: number;
  /** Serve the load bench's floor route (CLOUD_BENCH_FLOOR=1). */
  readonly benchFloor?: boolean;
}

export interface RunningCloud {
  /** The service's base URL with a trailing slash, e.g. `http://127.0.0.1:8787/`: the panels' tenantUrl. */
  readonly url: string;
  /** The SQLite database; reading it under DATABASE_URL throws (tests of the default store use it). */
  readonly db: Database;
  /** The data file, or the database URL without its password. */
  readonly where: string;
  /** The context the tenant's rules run on, for tests and the command line. */
  readonly context: TenantContext;
  /** The outbox and its worker, where mail is configured. */
  readonly mail: OutgoingMail | null;
  close(): Promise<void>;
}

const stdoutLog = (line: string) => {
  process.stdout.write(`${line}\n`);
};

/** Opens the data file or DATABASE_URL (seeding the demo tenant into a new one) and serves the API and portal on it. */
export async function startCloud(options: StartCloudOptions): Promise<RunningCloud> {
  const log = options.log ?? stdoutLog;
  const opened = await openStore(options, log);
  let mail: OutgoingMail | null = null;
  try {
    const key = opened.key;
    const base: TenantContext = {
      store: opened.store,
      now: options.clock ?? Date.now,
      secrets: createNodeSecrets(options.scryptLogN ?? defaultScryptLogN, key),
    };
    const providers = providersFrom(
      options.serviceConfig?.providers,
      base.store,
      options.env ?? process.env,
      log,
    );
    const context: TenantContext = { ...base, providers: providers.chain };
    if (options.demo === true) await seedTenant(context, demoTenant);
    const oidcIssuers = oidcIssuersOf(options.serviceConfig?.providers ?? [], options.env);
    // The config file as serve read it, when given, so it is read and its secrets resolved once.
    const mailSettings =
      options.mail !== undefined
        ? options.mail
        : options.serviceConfig !== undefined
          ? mailSettingsFrom(options.serviceConfig, options.env)
          : mailSettingsOf(options.dataDir, options.env);
    mail = mailSettings === null ? null : startOutgoingMail(context, key, mailSettings, log);
    let listenUrl = '';
    const app = createApp({
      ...context,
      providerAdmin: {
        views: providers.views,
        // OpenID Connect providers are not in the password chain; their Test reads their discovery.
        probe: async (id, username) => {
          const issuer = oidcIssuers.find((candidate) => candidate.provider.id === id);
          return issuer === undefined ? providers.probe(id, username) : probeOidcIssuer(issuer);
        },
      },
      publicUrl: options.publicUrl ?? null,
      allowedHosts: options.allowedHosts ?? [],
      listenUrl: () => listenUrl,
      portalDir: options.portalDir === undefined ? builtPortalDir : options.portalDir,
      log,
      oidcIssuers,
      mail,
      benchFloor: options.benchFloor === true,
    });
    const { server, address } = await new Promise<{ server: ReturnType<typeof serve>; address: AddressInfo }>(
      (resolve, reject) => {
        const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (address) =>
          resolve({ server, address }),
        );
        server.once('error', reject);
      },
    );
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    // Links name the loopback address when the service listens on every interface: a development setup
    // (with a public name, CLOUD_PUBLIC_URL is set and links use it).
    const linkHost = host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host;
    listenUrl = `http://${linkHost}:${address.port}`;
    return {
      url: `http://${host}:${address.port}/`,
      get db(): Database {
        if (opened.sqlite === null) throw new Error('this service runs on PostgreSQL, not on a data file');
        return opened.sqlite;
      },
      where: opened.where,
      context,
      mail,
      close: () =>
        new Promise<void>((resolve) => {
          server.close(() => {
            void (mail?.stop() ?? Promise.resolve()).finally(() => {
              void opened.close().then(resolve, resolve);
            });
          });
          if ('closeAllConnections' in server) server.closeAllConnections();
        }),
    };
  } catch (error) {
    await mail?.stop();
    await opened.close();
    throw error;
  }
}

/** The tenant's rules over a data file: the SQLite store, the service's secrets and a clock. */
export function tenantContextOf(
  db: Database,
  scryptLogN: number,
  now: Clock = Date.now,
  key?: Buffer,
): TenantContext {
  return { store: createSqliteStore(db), now, secrets: createNodeSecrets(scryptLogN, key) };
}

export type { TenantContext, TenantSettings } from '@cardenroll/tenant';
