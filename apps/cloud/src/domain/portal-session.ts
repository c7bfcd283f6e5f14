import { createHmac } from 'node:crypto';
import { recordAudit } from '../store/audit';
import {
  deletePortalSession,
  findPortalSession,
  insertPortalSession,
  touchPortalSession,
} from '../store/portal-sessions';
import { loadSettings } from '../store/settings-store';
import { findUserById, findUserByKey, type UserRow } from '../store/users';
import { accountKeyOf } from './account-name';
import { isoAt } from './clock';
import { matchSecret, settleAttempt } from './credentials';
import { isSessionAlive } from './portal-session-window';
import { type PortalUser, portalUser } from './portal-user';
import { type Answer, accept, refuse } from './problem';
import { newToken, tokenHash } from './secret-token';
import { inWriteTransaction, type ServiceContext } from './service-context';

/**
 * The CSRF token of a session, derived from its id rather than stored: only the holder of the cookie can
 * know it, and the database holds neither.
 */
export const csrfTokenOf = (sessionId: string): string =>
  createHmac('sha256', sessionId).update('cardenroll csrf').digest('base64url');

/** A signed-in portal request. */
export interface PortalSession {
  readonly user: UserRow;
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
  ctx: ServiceContext,
  username: string,
  password: string,
): Promise<Answer<PortalLogin>> {
  const settings = loadSettings(ctx.db);
  const user = findUserByKey(ctx.db, accountKeyOf(username, settings.accountDomains));
  const match = await matchSecret(ctx, user, password, false);
  if (user === undefined) return refuse('invalid_credentials', 'Unknown username or wrong password.');
  return inWriteTransaction(ctx, () => {
    const verdict = settleAttempt(ctx, user.id, match, settings, { terminalId: null, via: 'portal' });
    switch (verdict.kind) {
      case 'rejected':
        return refuse('invalid_credentials', 'Unknown username or wrong password.', {
          attemptsLeft: verdict.attemptsLeft,
        });
      case 'locked':
        return refuse('account_locked', 'Too many wrong secrets in a row.', {
          lockedUntil: isoAt(verdict.lockedUntil),
        });
      case 'accepted': {
        const now = ctx.now();
        const sessionId = newToken('ps');
        insertPortalSession(ctx.db, tokenHash(sessionId), user.id, now);
        recordAudit(ctx.db, {
          at: now,
          kind: 'portal_login',
          actor: user.username,
          subject: user.username,
          detail: '',
        });
        return accept(200, { sessionId, user: portalUser(user), csrfToken: csrfTokenOf(sessionId) });
      }
      default:
        return verdict satisfies never;
    }
  });
}

/** The live session behind a cookie value, touched so its idle time starts again; null when none. */
export function resumeSession(ctx: ServiceContext, sessionId: string): PortalSession | null {
  const idHash = tokenHash(sessionId);
  const row = findPortalSession(ctx.db, idHash);
  if (row === undefined) return null;
  const now = ctx.now();
  const user = findUserById(ctx.db, row.user_id);
  if (user === undefined || !isSessionAlive(row.created_at, row.last_seen_at, now)) {
    deletePortalSession(ctx.db, idHash);
    return null;
  }
  touchPortalSession(ctx.db, idHash, now);
  return { user, idHash, csrfToken: csrfTokenOf(sessionId) };
}

export function logout(ctx: ServiceContext, session: PortalSession): void {
  deletePortalSession(ctx.db, session.idHash);
}
