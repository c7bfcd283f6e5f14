/**
 * @cardenroll/cloud: the reference enrollment service. The terminal API (docs/api.md) and the portal API
 * with the phone hand-over (docs/portal-api.md) over one SQLite file; `startCloud()` runs it, `main.ts` is
 * its command line. docs/cloud.md explains storage, settings and deployment.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Database } from 'better-sqlite3';
import { builtPortalDir } from './config';
import { openDatabase } from './db/open-database';
import type { Clock } from './domain/clock';
import { createPasswordHasher, defaultScryptLogN } from './domain/password';
import { seedDemoTenant } from './domain/seed-demo';
import type { ServiceContext } from './domain/service-context';
import { createApp } from './http/app';

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
  /** The built portal pages; apps/cloud/dist/portal by default. */
  readonly portalDir?: string | null;
  /** scrypt cost as log2(N); lower only in tests. */
  readonly scryptLogN?: number;
}

export interface RunningCloud {
  /** The service's base URL with a trailing slash, e.g. `http://127.0.0.1:8787/`: the panels' tenantUrl. */
  readonly url: string;
  readonly db: Database;
  /** The context the use cases run on, for tests and the command line. */
  readonly context: ServiceContext;
  close(): Promise<void>;
}

const stdoutLog = (line: string) => {
  process.stdout.write(`${line}\n`);
};

/** Opens the data file (seeding the demo tenant into a new one) and serves the API and portal on it. */
export async function startCloud(options: StartCloudOptions): Promise<RunningCloud> {
  const db = openDatabase(options.dataDir);
  const context: ServiceContext = {
    db,
    now: options.clock ?? Date.now,
    hasher: createPasswordHasher(options.scryptLogN ?? defaultScryptLogN),
  };
  try {
    await seedIfEmpty(context);
    const app = createApp({
      ...context,
      publicUrl: options.publicUrl ?? null,
      portalDir: options.portalDir === undefined ? builtPortalDir : options.portalDir,
      log: options.log ?? stdoutLog,
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

/** Seeds the demo tenant into an empty data file; msw-free callers pay for the mock package only here. */
export async function seedIfEmpty(context: ServiceContext): Promise<boolean> {
  const empty = context.db.prepare('SELECT count(*) FROM users').pluck().get() === 0;
  if (!empty) return false;
  const { demoTenant } = await import('@cardenroll/cloud-mock');
  return seedDemoTenant(context, demoTenant);
}

export type { ServiceContext } from './domain/service-context';
export type { TenantSettings } from './domain/settings';
export { loadSettings, saveSetting } from './store/settings-store';
