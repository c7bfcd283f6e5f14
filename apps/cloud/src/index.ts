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
import { openDataFile } from './db/open-database';
import { createApp } from './http/app';
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
}

export interface RunningCloud {
  /** The service's base URL with a trailing slash, e.g. `http://127.0.0.1:8787/`: the panels' tenantUrl. */
  readonly url: string;
  readonly db: Database;
  /** The context the tenant's rules run on, for tests and the command line. */
  readonly context: TenantContext;
  close(): Promise<void>;
}

const stdoutLog = (line: string) => {
  process.stdout.write(`${line}\n`);
};

/** Opens the data file (seeding the demo tenant into a new one) and serves the API and portal on it. */
export async function startCloud(options: StartCloudOptions): Promise<RunningCloud> {
  const log = options.log ?? stdoutLog;
  const { db, key } = openDataFile(options.dataDir, log, options.secretKey);
  try {
    const base = tenantContextOf(db, options.scryptLogN ?? defaultScryptLogN, options.clock ?? Date.now, key);
    const providers = providersFrom(
      options.serviceConfig?.providers,
      base.store,
      options.env ?? process.env,
      log,
    );
    const context: TenantContext = { ...base, providers: providers.chain };
    if (options.demo === true) await seedTenant(context, demoTenant);
    let listenUrl = '';
    const app = createApp({
      ...context,
      providerAdmin: providers,
      publicUrl: options.publicUrl ?? null,
      allowedHosts: options.allowedHosts ?? [],
      listenUrl: () => listenUrl,
      portalDir: options.portalDir === undefined ? builtPortalDir : options.portalDir,
      log,
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
      db,
      context,
      close: () =>
        new Promise<void>((resolve) => {
          server.close(() => {
            db.close();
            resolve();
          });
          if ('closeAllConnections' in server) server.closeAllConnections();
        }),
    };
  } catch (error) {
    db.close();
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
