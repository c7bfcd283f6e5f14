import { cleanDisplayName, cleanEmail } from './account-admin';
import { accountKeyOf, isValidUsername, usernameKey } from './account-name';
import { type PortalLogin, signInVerified } from './portal-session';
import type { ProviderSignInRecord, UserRecord } from './store-port';
import type { TenantContext } from './tenant-context';

/**
 * Sign-in through an identity provider (OpenID Connect): the rules around the protocol, which the service's
 * adapter (apps/cloud/src/providers/oidc) runs. The adapter does the protocol (discovery, PKCE, the token
 * request, the ID token's signature, issuer, audience, expiry and nonce); these rules decide what a sign-in
 * under way is (single use, 10 minutes, bound to one browser) and who a verified identity is here.
 * docs/decisions/0024-openid-connect-sign-in.md.
 */

/** How long a person may take at their identity provider, MFA included, before the sign-in runs out. */
export const providerSignInTtlMs = 10 * 60_000;

/** The claims a provider's users can be matched by. */
export const identityClaims = ['preferred_username', 'email', 'upn'] as const;
export type IdentityClaim = (typeof identityClaims)[number];

/** What the rules need to know of a configured OpenID Connect provider (the password chain is identity-provider.ts). */
export interface SignInProvider {
  readonly id: string;
  readonly name: string;
  /** The claim whose value is the user's name here, under the tenant's account-name rules. */
  readonly claim: IdentityClaim;
  /** Create a user (without a password) for a verified identity that matches nobody. */
  readonly createUsers: boolean;
}

/** Why a return from a provider, or a verified identity, signs nobody in; each has its own portal message. */
export type ProviderRefusal =
  /** No sign-in under way for this browser, used already, or its `state` differs: a forged or replayed callback. */
  | 'sign_in_not_found'
  /** The sign-in under way ran out (10 minutes). */
  | 'sign_in_expired'
  /** The provider sent no usable value of the configured claim (or an e-mail it says is not verified). */
  | 'no_identity'
  /** The identity names no user here and the provider may not create users (or not with this name). */
  | 'unknown_identity'
  /** The user exists and is disabled. */
  | 'account_disabled';

export type ProviderOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: ProviderRefusal };

const refused = (reason: ProviderRefusal): ProviderOutcome<never> => ({ ok: false, reason });

/** What the adapter chose for a new sign-in: the protocol's values and where the person lands after it. */
export interface NewProviderSignIn {
  readonly providerId: string;
  readonly state: string;
  readonly nonce: string;
  readonly returnTo: string;
}

/**
 * Records a sign-in under way, keyed by the hash of `browserToken`, which goes into an HttpOnly cookie of
 * this browser only: a callback counts only in the browser that started it (no login CSRF). Ran-out
 * records are dropped on the way.
 */
export async function beginProviderSignIn(
  ctx: TenantContext,
  browserToken: string,
  started: NewProviderSignIn,
): Promise<void> {
  const idHash = await ctx.secrets.tokenHash(browserToken);
  const now = ctx.now();
  await ctx.store.transaction(async (tx) => {
    await tx.purgeProviderSignIns(now);
    await tx.insertProviderSignIn({
      id_hash: idHash,
      provider_id: started.providerId,
      state: started.state,
      nonce: started.nonce,
      return_to: started.returnTo,
      created_at: now,
      expires_at: now + providerSignInTtlMs,
    });
  });
}

/**
 * The callback's first check: the sign-in under way of this browser (its cookie's token), for this
 * provider, with the `state` the provider sent back. The record is used up whatever the verdict, so a
 * callback works once: a replay, a second tab or a tampered `state` finds nothing and must start again.
 */
export async function takeProviderSignIn(
  ctx: TenantContext,
  browserToken: string | undefined,
  providerId: string,
  returnedState: string | undefined,
): Promise<ProviderOutcome<ProviderSignInRecord>> {
  if (browserToken === undefined || browserToken === '') return refused('sign_in_not_found');
  const record = await ctx.store.takeProviderSignIn(await ctx.secrets.tokenHash(browserToken));
  if (record === undefined || record.provider_id !== providerId) return refused('sign_in_not_found');
  if (ctx.now() >= record.expires_at) return refused('sign_in_expired');
  if (returnedState === undefined || !ctx.secrets.sameSecret(returnedState, record.state))
    return refused('sign_in_not_found');
  return { ok: true, value: record };
}

/** A claim value fit to be a name: a string of 1 to 256 characters without control characters. */
function claimText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
  return text.length > 0 && text.length <= 256 && !/[\u0000-\u001f\u007f-\u009f]/.test(text) ? text : null;
}

/**
 * The name a verified identity goes by here: the configured claim's value. An `email` is a name only when
 * the provider says `email_verified: true`: Google and others let people enter unverified addresses, and
 * Entra ID sends no `email_verified` at all while its `email` is the `mail` attribute a user may be able to
 * set (the "nOAuth" takeover: set it to an administrator's address, sign in as them). `upn` and
 * `preferred_username` are set by the directory's administrators.
 */
export function identityNameOf(
  claims: Readonly<Record<string, unknown>>,
  claim: IdentityClaim,
): string | null {
  if (claim === 'email' && claims.email_verified !== true) return null;
  return claimText(claims[claim]);
}

/**
 * The username a new user gets for `name`: the part before a listed domain (`alice@corp.example` with
 * `corp.example` in `accountDomains` is `alice`), else the name itself; null when that is no valid
 * username (a domain the tenant does not list keeps its `@`, which no username has).
 */
export function newUsernameOf(name: string, accountDomains: readonly string[]): string | null {
  const key = accountKeyOf(name, accountDomains);
  const typed = name.trim();
  // The part accountKeyOf kept, in the person's own case: all of it, after `DOMAIN\`, or before `@domain`.
  const parts = [
    typed,
    typed.slice(typed.indexOf('\\') + 1),
    typed.slice(0, Math.max(0, typed.lastIndexOf('@'))),
  ];
  const username = parts.find((part) => usernameKey(part) === key);
  return username !== undefined && isValidUsername(username) ? username : null;
}

/** Who the portal signs in for a verified identity, and whether they were created just now. */
export interface ProviderSignedIn {
  readonly login: PortalLogin;
  readonly created: boolean;
}

/**
 * Signs in the user a verified identity names: the configured claim's value, as a sign-in name under the
 * tenant's account-name rules (`DOMAIN\user`, `user@domain` for listed domains), matched to a local or
 * imported user. An identity that names nobody is refused, unless the provider may create users: then a
 * user without a password is created (an OTP issued in the portal registers their cards at a printer).
 * Every refusal and creation is audited; tokens never reach these rules.
 */
export async function signInWithIdentity(
  ctx: TenantContext,
  provider: SignInProvider,
  claims: Readonly<Record<string, unknown>>,
): Promise<ProviderOutcome<ProviderSignedIn>> {
  const via = `${provider.name} (${provider.id})`;
  const refuse = async (reason: ProviderRefusal, name: string | null) => {
    await ctx.store.recordAudit({
      at: ctx.now(),
      kind: 'portal_login_failed',
      actor: null,
      subject: null,
      detail: `${reason.replace('_', ' ')}${name === null ? '' : ` "${name}"`} via ${via}`,
    });
    return refused(reason);
  };
  const name = identityNameOf(claims, provider.claim);
  if (name === null) return refuse('no_identity', null);
  const settings = await ctx.store.loadSettings();
  let user = await ctx.store.findUserByKey(accountKeyOf(name, settings.accountDomains));
  let created = false;
  if (user === undefined) {
    if (!provider.createUsers) return refuse('unknown_identity', name);
    const username = newUsernameOf(name, settings.accountDomains);
    if (username === null) return refuse('unknown_identity', name);
    user = await createProviderUser(ctx, via, username, claims);
    created = true;
  }
  if (user.disabled_at !== null) return refuse('account_disabled', name);
  const login = await signInVerified(ctx, user, via);
  if (!login.ok) return refuse('account_disabled', name);
  return { ok: true, value: { login: login.body, created } };
}

/** A new user for a verified identity: no password, the provider's name and (verified) e-mail. */
async function createProviderUser(
  ctx: TenantContext,
  via: string,
  username: string,
  claims: Readonly<Record<string, unknown>>,
): Promise<UserRecord> {
  const displayName = cleanDisplayName(claimText(claims.name) ?? '') ?? username;
  const emailClaim = claims.email_verified === true ? claimText(claims.email) : null;
  const email = emailClaim === null ? null : cleanEmail(emailClaim);
  const id = ctx.secrets.newId('u');
  const key = usernameKey(username);
  return ctx.store.transaction(async (tx) => {
    // Two first sign-ins at once: the second finds the first one's user.
    const existing = await tx.findUserByKey(key);
    if (existing !== undefined) return existing;
    const now = ctx.now();
    await tx.insertUser({
      id,
      username,
      username_key: key,
      display_name: displayName,
      email,
      role: 'user',
      password_hash: null,
      created_at: now,
    });
    await tx.recordAudit({
      at: now,
      kind: 'user_created',
      actor: null,
      subject: username,
      detail: `user, at the first sign-in via ${via}`,
    });
    return (await tx.findUserById(id)) as UserRecord;
  });
}
