import { accountKeyOf } from './account-name';
import { isoAt } from './clock';
import { matchSecret, settleAttempt } from './credentials';
import { isSessionAlive } from './portal-session-window';
import { type PortalUser, portalUser } from './portal-user';
import { type Answer, accept, refuse } from './problem';
import type { UserRecord } from './store-port';
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

/** Logs a person in with username and password; wrong passwords count towards the same lockout as the panel. */
export async function login(
  ctx: TenantContext,
  username: string,
  password: string,
): Promise<Answer<PortalLogin>> {
  const { store, secrets } = ctx;
  const settings = await store.loadSettings();
  const user = await store.findUserByKey(accountKeyOf(username, settings.accountDomains));
  const match = await matchSecret(ctx, user, password, false);
  if (user === undefined) return refuse('invalid_credentials', 'Unknown username or wrong password.');
  const sessionId = secrets.newToken('ps');
  const idHash = await secrets.tokenHash(sessionId);
  const answer = await store.transaction(async (tx): Promise<Answer<null>> => {
    const now = ctx.now();
    const origin = { terminalId: null, via: 'portal' } as const;
    const verdict = await settleAttempt(tx, now, user.id, match, settings, origin);
    switch (verdict.kind) {
      case 'rejected':
        return refuse('invalid_credentials', 'Unknown username or wrong password.', {
          attemptsLeft: verdict.attemptsLeft,
        });
      case 'locked':
        return refuse('account_locked', 'Too many wrong secrets in a row.', {
          lockedUntil: isoAt(verdict.lockedUntil),
        });
      case 'accepted':
        await tx.insertPortalSession(idHash, user.id, now);
        await tx.recordAudit({
          at: now,
          kind: 'portal_login',
          actor: user.username,
          subject: user.username,
          detail: '',
        });
        return accept(200, null);
      default:
        return verdict satisfies never;
    }
  });
  if (!answer.ok) return answer;
  return accept(200, { sessionId, user: portalUser(user), csrfToken: await secrets.csrfTokenOf(sessionId) });
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
