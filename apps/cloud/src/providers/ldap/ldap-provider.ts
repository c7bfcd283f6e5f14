import { readFileSync } from 'node:fs';
import { toCardNumber } from '@cardenroll/core';
import type { DirectoryPerson, IdentityProvider, Lookup, Verification } from '@cardenroll/tenant';
import { Client, type Entry, Filter, InvalidCredentialsError, ResultCodeError } from 'ldapts';
import { resolveSecret, type Secret } from '../../service-config/secret';
import type { ProviderProbe } from '../provider-probe';
import type { LdapProviderConfig } from './ldap-config';
import { directoryName, userSearchFilter } from './ldap-name';

const defaultTimeoutMs = 3000;

/** What the adapter needs from its config once resolved: the bind password as a `Secret`, the CA read. */
interface LdapSettings {
  readonly config: LdapProviderConfig;
  readonly bindPassword: Secret;
  readonly ca: Buffer | undefined;
  readonly attributes: {
    readonly username: string;
    readonly displayName: string;
    readonly email: string;
    readonly cardNumbers: readonly string[];
  };
  readonly personFilter: string;
  readonly userFilter: string;
}

/** Why a directory could not be asked, in words fit for the service log and an administrator (no secret). */
export function directoryTrouble(error: unknown): string {
  if (error instanceof InvalidCredentialsError)
    return 'the service account was refused (invalid credentials)';
  if (error instanceof ResultCodeError) return `the directory answered ${error.name} (${error.code})`;
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ECONNREFUSED') return 'connection refused';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host name not found';
    if (code === 'ECONNRESET') return 'connection reset';
    if (/timeout/i.test(error.name) || /timed? ?out/i.test(error.message)) return 'timed out';
    return `${error.name}: ${error.message}`.slice(0, 200);
  }
  return 'unknown error';
}

/** The first value of an attribute as text; '' when absent. */
const first = (entry: Entry, attribute: string): string => {
  const value = entry[attribute];
  const one = Array.isArray(value) ? value[0] : value;
  return one === undefined ? '' : one.toString();
};

/** Every value of an attribute as text (multi-valued attributes hold several). */
const values = (entry: Entry, attribute: string): string[] => {
  const value = entry[attribute];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((one) => one.toString());
};

/**
 * An LDAP / Active Directory provider over `ldapts`: one short connection per question (StartTLS or
 * ldaps, the service account's bind, one search, for a sign-in a bind as the person), closed at once.
 * Nothing is cached and nothing is logged but why a directory could not be asked.
 */
export function ldapProvider(
  config: LdapProviderConfig,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): IdentityProvider & { probe(username: string | null): Promise<ProviderProbe> } {
  const where = `providers: ${config.id}`;
  const username = config.attributes?.username ?? 'uid';
  const personFilter = config.personFilter ?? '(objectClass=person)';
  let ca: Buffer | undefined;
  if (config.caFile !== undefined) {
    try {
      ca = readFileSync(config.caFile);
    } catch {
      throw new Error(`${where}: cannot read the CA file ${config.caFile}`);
    }
  }
  const settings: LdapSettings = {
    config,
    bindPassword: resolveSecret(config.bindPassword, `${where}.bindPassword`, env),
    ca,
    attributes: {
      username,
      displayName: config.attributes?.displayName ?? 'cn',
      email: config.attributes?.email ?? 'mail',
      cardNumbers: config.attributes?.cardNumbers ?? [],
    },
    personFilter,
    userFilter: config.userFilter ?? `(&${personFilter}(${username}={username}))`,
  };
  const timeout = config.timeoutMs ?? defaultTimeoutMs;
  const secure = config.url.startsWith('ldaps:');
  const startTls = !secure && config.startTls !== false;
  const tlsOptions = settings.ca === undefined ? {} : { ca: settings.ca };
  const requested = [
    settings.attributes.username,
    settings.attributes.displayName,
    settings.attributes.email,
    ...settings.attributes.cardNumbers,
  ];

  /** A connection bound as the service account, for `work`; always closed. */
  async function asService<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({
      url: config.url,
      timeout,
      connectTimeout: timeout,
      ...(secure ? { tlsOptions } : {}),
    });
    try {
      if (startTls) await client.startTLS(tlsOptions);
      await client.bind(config.bindDn, settings.bindPassword.reveal());
      return await work(client);
    } finally {
      await client.unbind().catch(() => undefined);
    }
  }

  const personOf = (entry: Entry): DirectoryPerson => {
    const name = first(entry, settings.attributes.username);
    return {
      username: name,
      displayName: first(entry, settings.attributes.displayName) || name,
      email: first(entry, settings.attributes.email) || null,
    };
  };

  /** The one entry a filter finds; undefined for none, or for several (an ambiguous name signs no one in). */
  async function findOne(client: Client, filter: string): Promise<Entry | undefined> {
    const { searchEntries } = await client.search(config.baseDn, {
      scope: 'sub',
      filter,
      attributes: requested,
      sizeLimit: 2,
    });
    const [entry] = searchEntries;
    return searchEntries.length === 1 && entry !== undefined && first(entry, username) !== ''
      ? entry
      : undefined;
  }

  // The typed name goes into the filter escaped (RFC 4515), so `*)(uid=*` searches for that literal name.
  const userSearch = (name: string) => userSearchFilter(settings.userFilter, name);

  const unavailable = (error: unknown): { kind: 'unavailable' } => {
    log(`directory ${config.id} unavailable: ${directoryTrouble(error)}`);
    return { kind: 'unavailable' };
  };

  async function lookupName(typed: string): Promise<Lookup> {
    const name = directoryName(typed, config.domains ?? [], config.strictDomains === true);
    if (name === null) return { kind: 'unknown' };
    try {
      const entry = await asService((client) => findOne(client, userSearch(name)));
      return entry === undefined ? { kind: 'unknown' } : { kind: 'found', person: personOf(entry) };
    } catch (error) {
      return unavailable(error);
    }
  }

  return {
    id: config.id,
    kind: 'ldap',
    domains: config.domains ?? [],
    directoryLockout: {
      threshold: config.directoryLockout?.threshold ?? 5,
      windowMs: (config.directoryLockout?.windowMinutes ?? 30) * 60_000,
    },

    async verify(typed, secret): Promise<Verification> {
      const name = directoryName(typed, config.domains ?? [], config.strictDomains === true);
      if (name === null) return { kind: 'unknown' };
      // An empty password makes an LDAP simple bind "unauthenticated", which servers answer with success.
      if (secret === '') return { kind: 'wrong' };
      try {
        return await asService(async (client): Promise<Verification> => {
          const entry = await findOne(client, userSearch(name));
          if (entry === undefined) return { kind: 'unknown' };
          try {
            // The person's own bind checks the password; we never compare or keep it.
            await client.bind(entry.dn, secret);
          } catch (error) {
            // 49 is the directory's "no" (a wrong, expired or locked password: AD says which in its
            // text, which we do not pass on). Anything else (busy, unavailable, a dropped connection)
            // is the directory's trouble, not a wrong password, and must not count towards a lock.
            if (error instanceof InvalidCredentialsError) return { kind: 'wrong' };
            throw error;
          }
          return { kind: 'ok', person: personOf(entry) };
        });
      } catch (error) {
        return unavailable(error);
      }
    },

    lookup: lookupName,

    async findCardOwner(number): Promise<Lookup> {
      const { cardNumbers } = settings.attributes;
      if (cardNumbers.length === 0) return { kind: 'unknown' };
      const escaped = Filter.escape(number);
      const anyCard = cardNumbers.map((attribute) => `(${attribute}=${escaped})`).join('');
      try {
        const entry = await asService((client) =>
          findOne(client, `(&${settings.personFilter}(|${anyCard}))`),
        );
        // The directory's matching rule decides the search; ours decides the answer: the value must be this
        // number in the tenant's card form (trimmed, upper case), like a card in our own store.
        const holds =
          entry !== undefined &&
          cardNumbers.some((attribute) =>
            values(entry, attribute).some((value) => toCardNumber(value) === number),
          );
        return holds ? { kind: 'found', person: personOf(entry) } : { kind: 'unknown' };
      } catch (error) {
        return unavailable(error);
      }
    },

    async probe(typed): Promise<ProviderProbe> {
      const started = Date.now();
      try {
        await asService(async () => undefined);
      } catch (error) {
        return { reachable: false, trouble: directoryTrouble(error), lookup: null };
      }
      const reachedInMs = Date.now() - started;
      if (typed === null) return { reachable: true, reachedInMs, lookup: null };
      const name = directoryName(typed, config.domains ?? [], config.strictDomains === true);
      if (name === null) return { reachable: true, reachedInMs, lookup: { kind: 'not_this_provider' } };
      try {
        const entry = await asService((client) => findOne(client, userSearch(name)));
        if (entry === undefined) return { reachable: true, reachedInMs, lookup: { kind: 'not_found' } };
        const person = personOf(entry);
        const cards = settings.attributes.cardNumbers.flatMap((attribute) => values(entry, attribute)).length;
        return { reachable: true, reachedInMs, lookup: { kind: 'found', ...person, cards } };
      } catch (error) {
        return { reachable: false, trouble: directoryTrouble(error), lookup: null };
      }
    },
  };
}
