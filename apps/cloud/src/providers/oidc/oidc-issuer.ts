import { request as httpsRequest } from 'node:https';
import { rootCertificates } from 'node:tls';
import * as client from 'openid-client';
import type { ProviderConfig } from '../provider-config';
import type { ProviderProbe } from '../provider-probe';
import { isLoopbackUrl, type OidcProvider, resolveOidcProvider } from './oidc-config';

/** How long a discovered issuer is kept before it is read again (its endpoints and keys may move). */
export const discoveryCacheMs = 60 * 60_000;
/** Seconds any request to a provider may take (discovery, keys, token), so a dead one fails fast. */
export const providerTimeoutSeconds = 10;

/** The provider's discovered configuration, read once and kept for an hour; a failure is kept for none. */
export interface OidcIssuer {
  readonly provider: OidcProvider;
  configuration(): Promise<client.Configuration>;
}

/**
 * A fetch over node:https that trusts the system's CAs plus the provider's own (`caFile`): Node's fetch
 * takes no CA option, and NODE_EXTRA_CA_CERTS would widen trust for every connection of the process.
 */
function fetchWithCa(ca: string): client.CustomFetch {
  return (url, options) =>
    new Promise<Response>((resolve, reject) => {
      const req = httpsRequest(
        url,
        {
          method: options.method,
          headers: options.headers,
          ca: [...rootCertificates, ca],
          signal: options.signal,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const headers = new Headers();
            for (const [name, value] of Object.entries(res.headers)) {
              if (value === undefined) continue;
              for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
            }
            const status = res.statusCode ?? 502;
            const body = status === 204 || status === 304 ? null : Buffer.concat(chunks);
            resolve(new Response(body, { status, headers }));
          });
        },
      );
      req.on('error', reject);
      const body = options.body;
      if (typeof body === 'string' || body instanceof Uint8Array) req.end(body);
      else if (body instanceof URLSearchParams) req.end(body.toString());
      else req.end();
    });
}

/** Discovery options: the timeout, the CA, and plain HTTP for an issuer on this machine only. */
function discoveryOptions(provider: OidcProvider): client.DiscoveryRequestOptions {
  const options: client.DiscoveryRequestOptions = { timeout: providerTimeoutSeconds };
  // openid-client refuses http: by default; only an issuer on loopback (a test's provider) may use it,
  // and the config schema refuses any other http: issuer before we get here.
  if (provider.issuer.protocol === 'http:' && isLoopbackUrl(provider.issuer))
    options.execute = [client.allowInsecureRequests];
  if (provider.ca !== null) options[client.customFetch] = fetchWithCa(provider.ca);
  return options;
}

/** Reads the provider's discovery document now. */
async function discover(provider: OidcProvider): Promise<client.Configuration> {
  const configuration = await client.discovery(
    provider.issuer,
    provider.clientId,
    undefined,
    client.ClientSecretBasic(provider.clientSecret.reveal()),
    discoveryOptions(provider),
  );
  // The later requests (keys, token) get the same short timeout as the discovery.
  configuration.timeout = providerTimeoutSeconds;
  return configuration;
}

/**
 * The portal's Test action for an OpenID Connect provider: a discovery read now (not the cached one, so it
 * says how the provider is, not how it was), timed. A provider cannot be asked about a username without
 * that person signing in, so there is no lookup; the trouble is the discovery's own message (a URL, a
 * status, a certificate error: never the client secret, which discovery does not send).
 */
export async function probeOidcIssuer(
  issuer: OidcIssuer,
  now: () => number = Date.now,
): Promise<ProviderProbe> {
  const started = now();
  try {
    await discover(issuer.provider);
    return { reachable: true, reachedInMs: now() - started, lookup: null };
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    const why = [error, cause]
      .filter((e): e is Error => e instanceof Error)
      .map((e) => e.message)
      .join(': ');
    return { reachable: false, trouble: why.replace(/[\r\n]+/g, ' ').slice(0, 300), lookup: null };
  }
}

export function oidcIssuer(provider: OidcProvider, now: () => number = Date.now): OidcIssuer {
  let cached: { readonly at: number; readonly value: Promise<client.Configuration> } | null = null;
  return {
    provider,
    configuration() {
      if (cached !== null && now() - cached.at < discoveryCacheMs) return cached.value;
      const value = discover(provider);
      const entry = { at: now(), value };
      cached = entry;
      // A failed discovery is not kept: the next sign-in tries again.
      value.catch(() => {
        if (cached === entry) cached = null;
      });
      return value;
    },
  };
}

/** The OpenID Connect providers of the config file's `providers`, in order; secrets resolved now. */
export function oidcIssuersOf(
  providers: readonly ProviderConfig[],
  env: NodeJS.ProcessEnv = process.env,
): OidcIssuer[] {
  const seen = new Set<string>();
  return providers.flatMap((config, index) => {
    if (config.kind !== 'oidc') return [];
    if (seen.has(config.id)) throw new Error(`providers[${index}].id: ${config.id} is used twice`);
    seen.add(config.id);
    return [oidcIssuer(resolveOidcProvider(config, `providers[${index}]`, env))];
  });
}
