import { usernameKey } from './account-name';
import type { LockoutPolicy } from './lockout';
import { type Answer, unavailable } from './problem';
import { cardTaken } from './register-card';
import type { TenantRecords, UserRecord } from './store-port';

/**
 * The identity-provider port: who a person is, according to an authentication provider (the tenant's own
 * users, or a directory such as LDAP / Active Directory). The rules call it; adapters live with their
 * runtime (the LDAP one in apps/cloud/src/providers/ldap). A secret handed to `verify` is checked by the
 * provider (an LDAP bind as the person) and never compared or stored by us.
 */

/** A person as a directory describes them; card numbers are never part of it (they stay in the directory). */
export interface DirectoryPerson {
  /** The username as the directory spells it (its username attribute), without a domain. */
  readonly username: string;
  readonly displayName: string;
  readonly email: string | null;
}

/** What a provider says about a typed name and secret. */
export type Verification =
  | { readonly kind: 'ok'; readonly person: DirectoryPerson }
  /** The person exists and the secret is wrong (or empty: never sent to a directory). */
  | { readonly kind: 'wrong' }
  /** The provider does not know this name (or the name's domain is not the provider's). */
  | { readonly kind: 'unknown' }
  /** The provider could not be asked: down, timed out, its service account refused. Never a wrong password. */
  | { readonly kind: 'unavailable' };

/** What a provider says about a name or a card number. */
export type Lookup =
  | { readonly kind: 'found'; readonly person: DirectoryPerson }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'unavailable' };

export interface IdentityProvider {
  /** Unique in the service's config, `[a-z0-9-]`; stored as the owner of the people it creates. */
  readonly id: string;
  /** `local` is the tenant's own users (the rules handle it over the store); any other kind is external. */
  readonly kind: string;
  /** Domain aliases people type (`CORP\alice`, `alice@corp.example`), for the sign-in name's key. */
  readonly domains: readonly string[];
  /**
   * The directory's own lockout, when it has one: its threshold of wrong passwords and the time it counts
   * them over. Our lock trips one attempt earlier and lasts at least that long (see `lockoutPolicyWith`).
   */
  readonly directoryLockout?: { readonly threshold: number; readonly windowMs: number };
  verify(username: string, secret: string): Promise<Verification>;
  lookup(username: string): Promise<Lookup>;
  /** The person whose card attributes hold `number` (a terminal card number). */
  findCardOwner(number: string): Promise<Lookup>;
}

/** The providers of a context other than `local`, in their configured order. */
export const directoriesOf = (providers: readonly IdentityProvider[] | undefined): IdentityProvider[] =>
  (providers ?? []).filter((provider) => provider.kind !== 'local');

/** Every domain alias the tenant and its providers accept, for `accountKeyOf`. */
export const allAccountDomains = (
  accountDomains: readonly string[],
  providers: readonly IdentityProvider[] | undefined,
): string[] => [...accountDomains, ...(providers ?? []).flatMap((provider) => provider.domains)];

/**
 * The lockout that protects directory accounts: one wrong secret fewer than the strictest directory's own
 * threshold (so our lock trips first and no further bind reaches the directory), and a lock at least as
 * long as the directory's counting window (so the directory has forgotten our failures when ours ends).
 * Without directories, the tenant's settings as they are.
 */
export function lockoutPolicyWith(
  policy: LockoutPolicy,
  providers: readonly IdentityProvider[] | undefined,
): LockoutPolicy {
  let { lockoutAfterFailures, lockoutMs } = policy;
  for (const provider of directoriesOf(providers)) {
    const lockout = provider.directoryLockout;
    if (lockout === undefined) continue;
    lockoutAfterFailures = Math.max(1, Math.min(lockoutAfterFailures, lockout.threshold - 1));
    lockoutMs = Math.max(lockoutMs, lockout.windowMs);
  }
  return { lockoutAfterFailures, lockoutMs };
}

/** Whether a record belongs to `providerId` (null: a local user). */
export const ownedBy = (user: UserRecord, providerId: string | null): boolean =>
  (user.provider_id ?? null) === providerId;

/**
 * The shadow record of a directory person, inside the caller's transaction: created on first sight
 * (no password hash, role `user`), its display name and e-mail kept as the directory says. Keyed by the
 * person's username key, owned by the provider: a name that a local user or another provider already
 * holds is never taken over (undefined), so a directory can not sign anyone into someone else's account.
 */
export async function directoryUser(
  tx: TenantRecords,
  newId: () => string,
  now: number,
  providerId: string,
  person: DirectoryPerson,
): Promise<UserRecord | undefined> {
  const key = usernameKey(person.username);
  const existing = await tx.findUserByKey(key);
  if (existing !== undefined) {
    if (!ownedBy(existing, providerId)) return undefined;
    if (existing.display_name !== person.displayName || existing.email !== person.email) {
      await tx.updateProfile(existing.id, person.displayName, person.email);
      return { ...existing, display_name: person.displayName, email: person.email };
    }
    return existing;
  }
  const user: UserRecord = {
    id: newId(),
    username: person.username,
    username_key: key,
    display_name: person.displayName,
    email: person.email,
    role: 'user',
    password_hash: null,
    created_at: now,
    disabled_at: null,
    provider_id: providerId,
  };
  await tx.insertUser(user);
  await tx.recordAudit({
    at: now,
    kind: 'user_created',
    actor: null,
    subject: user.username,
    detail: `from directory ${providerId}`,
  });
  return user;
}

/** Whose card a number is in the directories, asked in order; `unavailable` when one that might know is down. */
export async function directoryCardOwner(
  providers: readonly IdentityProvider[] | undefined,
  number: string,
): Promise<
  | { readonly kind: 'found'; readonly providerId: string; readonly person: DirectoryPerson }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'unavailable' }
> {
  let unavailable = false;
  for (const provider of directoriesOf(providers)) {
    const found = await provider.findCardOwner(number);
    if (found.kind === 'found') return { kind: 'found', providerId: provider.id, person: found.person };
    if (found.kind === 'unavailable') unavailable = true;
  }
  return unavailable ? { kind: 'unavailable' } : { kind: 'unknown' };
}

/**
 * Why a card may not be registered to the user with `userKey` because a directory holds it for someone
 * else (`card_already_assigned`), or cannot be asked (503); null when the directories do not object.
 * Asked before the transaction (a directory is slow); the store's own one-owner rule follows inside it.
 */
export async function directoryCardRefusal(
  providers: readonly IdentityProvider[] | undefined,
  number: string,
  userKey: string,
): Promise<Answer<never> | null> {
  const holder = await directoryCardOwner(providers, number);
  if (holder.kind === 'unavailable') return unavailable();
  if (holder.kind === 'found' && usernameKey(holder.person.username) !== userKey) return cardTaken();
  return null;
}
