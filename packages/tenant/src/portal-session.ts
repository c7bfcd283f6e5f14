import { accountKeyOf } from './account-name';
import { isoAt } from './clock';
import { settleAttempt } from './credentials';
import { allAccountDomains, lockoutPolicyWith } from './identity-provider';
import { isSessionAlive } from './portal-session-window';
import { type PortalUser, portalUser } from './portal-user';
import { type Answer, accept, refuse, unavailable } from './problem';
import { checkSignIn, signInSubject } from './sign-in';
import { addressSource, countSourceFailure, sourceWait, throttled } from './source-gate';
import type { TenantRecords, UserRecord } from './store-port';
import type { TenantContext } from './tenant-context';

/** A signed-in portal request. */
export interface PortalSession {
  readonly user: UserRecord;
  readonly idHash: string;
  readonly csrfToken: string;
}

/** A fresh login: the cookie value to set and what the portal is told. */
export interface PortalLogin {
  readonly sessionId: string;
  readonly user: PortalUser;
  readonly csrfToken: string;
}

/**
 * The name a person typed, fit for the audit trail: at most 64 characters, control characters shown as
 * `?` so a name cannot forge a line.
 */
const typedName = (name: string) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  name.slice(0, 64).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');

/**
 * Logs a person in with username and password, from `address` (the client's). A wrong password and an
 * unknown name answer alike (status, body with attempts left, hashing time); both count towards the
 * name's lock, shared with the panel, and towards the address's throttle, which answers 429 before any
 * password is looked at once the address has failed too often.
 */
export async function login(
  ctx: TenantContext,
  username: string,
  password: string,
  address: string,
): Promise<Answer<PortalLogin>> {
  const { store, secrets } = ctx;
  const stored = await store.loadSettings();
  const settings = { ...stored, ...lockoutPolicyWith(stored, ctx.providers) };
  const sources = [addressSource(address)];
  const wait = await sourceWait(store, sources, ctx.now());
  if (wait !== null) return throttled(wait);
  const nameKey = accountKeyOf(username, allAccountDomains(settings.accountDomains, ctx.providers));
  const check = await checkSignIn(ctx, username, nameKey, password, false);
  // A directory that cannot be asked is not a wrong password: nothing is counted.
  if (check.kind === 'unavailable') return unavailable();
  const sessionId = secrets.newToken('ps');
  const idHash = await secrets.tokenHash(sessionId);
  const answer = await store.transaction(async (tx): Promise<Answer<UserRecord>> => {
    const now = ctx.now();
    const { user, match } = await signInSubject(tx, ctx, now, check.user, check.match);
    const origin = { terminalId: null, via: 'portal' } as const;
    const verdict = await settleAttempt(tx, now, nameKey, user, match, settings, origin);
    if (verdict.kind === 'accepted' && user !== undefined) {
      await recordLogin(tx, idHash, user, now, '');
      return accept(200, user);
    }
    await tx.recordAudit({
      at: now,
      kind: 'portal_login_failed',
      actor: null,
      subject: user?.username ?? null,
      detail: `name "${typedName(username)}" from ${address}`,
    });
    await countSourceFailure(tx, sources, now, settings);
    return verdict.kind === 'locked'
      ? refuse('account_locked', 'Too many wrong secrets in a row.', {
          lockedUntil: isoAt(verdict.lockedUntil),
        })
      : refuse('invalid_credentials', 'Unknown username or wrong password.', {
          attemptsLeft: verdict.kind === 'rejected' ? verdict.attemptsLeft : 0,
        });
  });
  if (!answer.ok) return answer;
  return accept(200, {
    sessionId,
    user: portalUser(answer.body),
    csrfToken: await secrets.csrfTokenOf(sessionId),
  });
}

/** Opens a portal session for `user` inside the caller's transaction, and says so in the audit trail. */
async function recordLogin(
  tx: TenantRecords,
  idHash: string,
  user: UserRecord,
  now: number,
  detail: string,
): Promise<void> {
  await tx.insertPortalSession(idHash, user.id, now);
  await tx.recordAudit({
    at: now,
    kind: 'portal_login',
    actor: user.username,
    subject: user.username,
    detail,
  });
}

/**
 * Logs in a person whose identity is settled elsewhere: an identity provider vouched for them (OpenID
 * Connect, decision 0024). The session is the one a password sign-in gets; `via` goes into the audit
 * trail (`via <provider>`). A disabled account is refused, as at every other door; a lockout from wrong
 * passwords is not, since it guards against guessing and the provider checked the person itself.
 */
export async function signInVerified(
  ctx: TenantContext,
  user: UserRecord,
  via: string,
): Promise<Answer<PortalLogin>> {
  const { store, secrets } = ctx;
  const sessionId = secrets.newToken('ps');
  const idHash = await secrets.tokenHash(sessionId);
  const answer = await store.transaction(async (tx): Promise<Answer<UserRecord>> => {
    // Read again inside the transaction: an administrator may have disabled the account meanwhile.
    const current = await tx.findUserById(user.id);
    if (current === undefined || current.disabled_at !== null)
      return refuse('forbidden', 'This account is disabled.');
    await recordLogin(tx, idHash, current, ctx.now(), `via ${via}`);
    return accept(200, current);
  });
  if (!answer.ok) return answer;
  return accept(200, {
    sessionId,
    user: portalUser(answer.body),
    csrfToken: await secrets.csrfTokenOf(sessionId),
  });
}

/** The live session behind a cookie value, touched so its idle time starts again; null when none. */
export async function resumeSession(ctx: TenantContext, sessionId: string): Promise<PortalSession | null> {
  const { store, secrets } = ctx;
  const idHash = await secrets.tokenHash(sessionId);
  const row = await store.findPortalSession(idHash);
  if (row === undefined) return null;
  const now = ctx.now();
  const user = await store.findUserById(row.user_id);
  if (
    user === undefined ||
    user.disabled_at !== null ||
    !isSessionAlive(row.created_at, row.last_seen_at, now)
  ) {
    await store.deletePortalSession(idHash);
    return null;
  }
  await store.touchPortalSession(idHash, now);
  return { user, idHash, csrfToken: await secrets.csrfTokenOf(sessionId) };
}

export const logout = (ctx: TenantContext, session: PortalSession): Promise<void> =>
  ctx.store.deletePortalSession(session.idHash);
