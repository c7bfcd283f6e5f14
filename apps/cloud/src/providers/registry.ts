import type { IdentityProvider, TenantStore } from '@cardenroll/tenant';
import { accountKeyOf, ownedBy } from '@cardenroll/tenant';
import { ldapProvider } from './ldap/ldap-provider';
import { implicitLocalProvider } from './local/local-config';
import type { ProviderConfig } from './provider-config';
import type { ProviderProbe } from './provider-probe';

/** One provider as administrators see it in the portal: never a secret, a bind DN's password or a filter's values. */
export interface ProviderView {
  readonly id: string;
  readonly kind: ProviderConfig['kind'];
  readonly name: string;
  /** Where it is: the directory's URL for `ldap`, null for `local`. */
  readonly server: string | null;
  /** false for the local provider when the config file does not list it (it is there all the same). */
  readonly listed: boolean;
}

/** The providers of an installation, in order, with what the portal shows and tests of each. */
export interface Providers {
  /** In the configured order, `local` included; what the tenant's rules get as `providers`. */
  readonly chain: readonly IdentityProvider[];
  readonly views: readonly ProviderView[];
  /** The Test action; null when no provider has this id. */
  probe(id: string, username: string | null): Promise<ProviderProbe | null>;
}

type Probing = IdentityProvider & { probe(username: string | null): Promise<ProviderProbe> };

/** The local provider over the store: the tenant's own users (the rules check their passwords themselves). */
function localProvider(id: string, store: TenantStore): Probing {
  const own = async (typed: string) => {
    const settings = await store.loadSettings();
    const user = await store.findUserByKey(accountKeyOf(typed, settings.accountDomains));
    return user !== undefined && ownedBy(user, null) ? user : undefined;
  };
  return {
    id,
    kind: 'local',
    domains: [],
    // Passwords and OTPs of local users are checked by the rules over the store (sign-in.ts).
    verify: async () => ({ kind: 'unknown' }),
    async lookup(typed) {
      const user = await own(typed);
      return user === undefined
        ? { kind: 'unknown' }
        : {
            kind: 'found',
            person: { username: user.username, displayName: user.display_name, email: user.email },
          };
    },
    findCardOwner: async () => ({ kind: 'unknown' }),
    async probe(typed) {
      const started = Date.now();
      await store.countUsers();
      const reachedInMs = Date.now() - started;
      if (typed === null) return { reachable: true, reachedInMs, lookup: null };
      const user = await own(typed);
      if (user === undefined) return { reachable: true, reachedInMs, lookup: { kind: 'not_found' } };
      const cards = await store.countCardsOfUser(user.id);
      return {
        reachable: true,
        reachedInMs,
        lookup: {
          kind: 'found',
          username: user.username,
          displayName: user.display_name,
          email: user.email,
          cards,
        },
      };
    },
  };
}

/** Where a provider is, for the portal: a directory's URL, an issuer; null for the local users. */
const serverOf = (config: ProviderConfig): string | null => {
  const { url, issuer } = config as { url?: unknown; issuer?: unknown };
  const server = url ?? issuer;
  return typeof server === 'string' ? server : null;
};

/**
 * The installation's providers from the config file's `providers` (absent: local users only). Ids must be
 * unique; `local` may be listed once, and is appended last when not listed, since the administrator's local
 * account is the way back in when a directory is misconfigured or down. Secrets are resolved now, so a
 * missing variable stops the service at start, naming the variable.
 */
export function providersFrom(
  configs: readonly ProviderConfig[] | undefined,
  store: TenantStore,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Providers {
  const listed = configs ?? [];
  const seen = new Set<string>();
  for (const config of listed) {
    if (seen.has(config.id)) throw new Error(`providers: the id "${config.id}" is used twice`);
    seen.add(config.id);
  }
  if (listed.filter((config) => config.kind === 'local').length > 1)
    throw new Error('providers: local is listed more than once');
  const hasLocal = listed.some((config) => config.kind === 'local');
  if (!hasLocal && seen.has(implicitLocalProvider.id))
    throw new Error('providers: the id "local" is kept for the local users when they are not listed');
  const all = hasLocal ? listed : [...listed, implicitLocalProvider];
  const probing: Probing[] = [];
  for (const config of all) {
    // Kinds with sign-ins of their own (OpenID Connect: a redirect, not a typed password) are listed for
    // administrators but are not in the chain the rules ask for passwords and cards.
    if (config.kind === 'local') probing.push(localProvider(config.id, store));
    else if (config.kind === 'ldap') probing.push(ldapProvider(config, env, log));
  }
  const views = all.map(
    (config): ProviderView => ({
      id: config.id,
      kind: config.kind,
      name: config.name ?? (config.kind === 'local' ? 'Local users' : config.id),
      server: serverOf(config),
      listed: config !== implicitLocalProvider,
    }),
  );
  return {
    chain: probing,
    views,
    async probe(id, username) {
      const provider = probing.find((p) => p.id === id);
      return provider === undefined ? null : provider.probe(username);
    },
  };
}
