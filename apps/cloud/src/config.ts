import { fileURLToPath } from 'node:url';
import { defaultScryptLogN } from './secrets/password';

/** The repository root, three levels above this file (apps/cloud/src). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Where `npm run build` puts the portal pages. */
export const builtPortalDir = fileURLToPath(new URL('../dist/portal/', import.meta.url));

/** The service's settings from the environment, each with the documented default. */
export interface CloudEnvConfig {
  readonly dataDir: string;
  readonly port: number;
  readonly host: string;
  readonly publicUrl: string | null;
  readonly allowedHosts: readonly string[];
  readonly scryptLogN: number;
  /** Seed the demo tenant into an empty data file (CLOUD_DEMO=1 or `serve --demo`); never otherwise. */
  readonly demo: boolean;
  /** The installation's key (CLOUD_SECRET_KEY, base64), else `installation.key` beside the data. */
  readonly secretKey: string | undefined;
  /** PostgreSQL instead of the data file (DATABASE_URL, postgres://…); null: SQLite. */
  readonly databaseUrl: string | null;
  /** Connections each instance keeps to PostgreSQL at most (DATABASE_POOL_SIZE, 10). */
  readonly poolSize: number;
}

/**
 * Reads CLOUD_DATA_DIR, CLOUD_PORT, CLOUD_HOST, CLOUD_PUBLIC_URL, CLOUD_ALLOWED_HOSTS and CLOUD_SCRYPT_LOG_N;
 * throws on nonsense.
 */
export function cloudConfigFromEnv(env: NodeJS.ProcessEnv = process.env): CloudEnvConfig {
  const port = Number(env.CLOUD_PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`CLOUD_PORT is not a port: ${env.CLOUD_PORT}`);
  const scryptLogN = Number(env.CLOUD_SCRYPT_LOG_N ?? defaultScryptLogN);
  const poolSize = Number(env.DATABASE_POOL_SIZE ?? 10);
  if (!Number.isInteger(poolSize) || poolSize < 1 || poolSize > 1000)
    throw new Error(
      `DATABASE_POOL_SIZE is not a number of connections (1 to 1000): ${env.DATABASE_POOL_SIZE}`,
    );
  const databaseUrl = databaseUrlOf(env.DATABASE_URL);
  if (databaseUrl !== null && !env.CLOUD_SECRET_KEY)
    throw new Error(
      'DATABASE_URL needs CLOUD_SECRET_KEY: every instance on one database must hold the same installation key (docs/cloud.md)',
    );
  return {
    dataDir: env.CLOUD_DATA_DIR || `${repoRoot}.cloud-data`,
    port,
    host: env.CLOUD_HOST || '127.0.0.1',
    publicUrl: publicUrlOf(env.CLOUD_PUBLIC_URL),
    allowedHosts: allowedHostsOf(env.CLOUD_ALLOWED_HOSTS),
    scryptLogN,
    demo: env.CLOUD_DEMO === '1' || env.CLOUD_DEMO === 'true',
    secretKey: env.CLOUD_SECRET_KEY,
    databaseUrl,
    poolSize,
  };
}

/** DATABASE_URL when it names PostgreSQL; null when unset; anything else is refused (never printed whole). */
export function databaseUrlOf(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  let protocol: string;
  try {
    protocol = new URL(value.trim()).protocol;
  } catch {
    throw new Error('DATABASE_URL is not a URL (postgres://user:password@host:5432/database)');
  }
  if (protocol !== 'postgres:' && protocol !== 'postgresql:')
    throw new Error(`DATABASE_URL must be postgres:// or postgresql://, not ${protocol}//`);
  return value.trim();
}

/** CLOUD_PUBLIC_URL as an origin-and-path base without trailing slash, or null when unset. */
export function publicUrlOf(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  const url = new URL(value.trim());
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`CLOUD_PUBLIC_URL must be http(s): ${value}`);
  if (url.search !== '' || url.hash !== '')
    throw new Error('CLOUD_PUBLIC_URL must not have a query or fragment');
  return url.href.replace(/\/+$/, '');
}

/** CLOUD_ALLOWED_HOSTS: comma-separated host names, each `name` (any port) or `name:port`; [] when unset. */
export function allowedHostsOf(value: string | undefined): readonly string[] {
  const hosts = (value ?? '')
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter((host) => host !== '');
  for (const host of hosts) {
    if (!/^([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?$/.test(host))
      throw new Error(`CLOUD_ALLOWED_HOSTS: not a host name or host:port: ${host}`);
  }
  return hosts;
}
