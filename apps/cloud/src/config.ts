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
  return {
    dataDir: env.CLOUD_DATA_DIR || `${repoRoot}.cloud-data`,
    port,
    host: env.CLOUD_HOST || '127.0.0.1',
    publicUrl: publicUrlOf(env.CLOUD_PUBLIC_URL),
    allowedHosts: allowedHostsOf(env.CLOUD_ALLOWED_HOSTS),
    scryptLogN,
    demo: env.CLOUD_DEMO === '1' || env.CLOUD_DEMO === 'true',
    secretKey: env.CLOUD_SECRET_KEY,
  };
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
