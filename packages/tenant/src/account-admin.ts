import { isValidUsername, usernameKey } from './account-name';
import { isoAt } from './clock';
import { matchSecret, settleAttempt, streakOf } from './credentials';
import { type PasswordPolicy, passwordWeakness } from './password-policy';
import type { PortalSession } from './portal-session';
import { isSessionAlive } from './portal-session-window';
import { type Answer, accept, refuse } from './problem';
import type { AuditKind, TenantRecords, UserRecord } from './store-port';
import { inTransaction, type TenantContext } from './tenant-context';

/**
 * Account management: what an administrator (in the portal, or `users …` on the command line, where the
 * actor is null) and a person for their own account may change. Passwords are hashed before any
 * transaction and appear in no answer, log line or audit event.
 */

export interface NewAccount {
  readonly username: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly role: UserRecord['role'];
  /** Null: no password yet; the person signs in with a one-time password an administrator issues. */
  readonly password: string | null;
}

export interface AccountChanges {
  readonly displayName?: string;
  readonly email?: string | null;
  readonly role?: UserRecord['role'];
}

const maxDisplayName = 200;
const maxEmail = 254;

/** A display name as stored (trimmed), or null when empty or too long. */
export function cleanDisplayName(name: string): string | null {
  const trimmed = name.trim();
  return trimmed.length > 0 && trimmed.length <= maxDisplayName ? trimmed : null;
}

/** An e-mail address as stored (trimmed), or null when it is not one. Only the shape is checked. */
export function cleanEmail(email: string): string | null {
  const trimmed = email.trim();
  return trimmed.length <= maxEmail && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed) ? trimmed : null;
}

const who = (actor: UserRecord | null) => actor?.username ?? null;
const byCli = (actor: UserRecord | null) => (actor === null ? 'command line' : '');

async function audit(
  tx: TenantRecords,
  at: number,
  kind: AuditKind,
  actor: UserRecord | null,
  subject: string,
  detail = byCli(actor),
): Promise<void> {
  await tx.recordAudit({ at, kind, actor: who(actor), subject, detail });
}

/** Refuses taking the tenant's last administrator away (disable, delete, demote), and an admin doing it to themselves. */
async function keepsAnAdministrator(
  tx: TenantRecords,
  user: UserRecord,
  actor: UserRecord | null,
): Promise<Answer<never> | null> {
  if (actor !== null && actor.id === user.id)
    return refuse('conflict', 'Ask another administrator to change your own role or access.');
  if (user.role === 'admin' && user.disabled_at === null && (await tx.countActiveAdmins()) <= 1)
    return refuse('conflict', 'This is the last administrator; make another one first.');
  return null;
}

/** Creates a local user; 409 conflict when the username is taken. */
export async function createAccount(
  ctx: TenantContext,
  policy: PasswordPolicy,
  actor: UserRecord | null,
  account: NewAccount,
): Promise<Answer<UserRecord>> {
  const username = account.username.trim();
  if (!isValidUsername(username))
    return refuse('invalid_request', 'A username is 1 to 64 letters, digits, dots, dashes or underscores.');
  const displayName = cleanDisplayName(account.displayName);
  if (displayName === null) return refuse('invalid_request', 'A display name is 1 to 200 characters.');
  const email = account.email === null ? null : cleanEmail(account.email);
  if (account.email !== null && email === null) return refuse('invalid_request', 'Not an e-mail address.');
  let passwordHash: string | null = null;
  if (account.password !== null) {
    const weakness = passwordWeakness(policy, username, account.password);
    if (weakness !== null) return refuse('weak_password', weakness);
    passwordHash = await ctx.secrets.hashPassword(account.password);
  }
  const id = ctx.secrets.newId('u');
  return inTransaction(ctx, async (tx) => {
    const key = usernameKey(username);
    if ((await tx.findUserByKey(key)) !== undefined) return refuse('conflict', 'This username is taken.');
    const now = ctx.now();
    await tx.insertUser({
      id,
      username,
      username_key: key,
      display_name: displayName,
      email,
      role: account.role,
      password_hash: passwordHash,
      created_at: now,
    });
    await audit(
      tx,
      now,
      'user_created',
      actor,
      username,
      `${account.role}${actor === null ? ', command line' : ''}`,
    );
    return accept(201, (await tx.findUserById(id)) as UserRecord);
  });
}

/** Changes a user's display name, e-mail or role; the role change keeps an administrator in the tenant. */
export async function editAccount(
  ctx: TenantContext,
  user: UserRecord,
  actor: UserRecord | null,
  changes: AccountChanges,
): Promise<Answer<UserRecord>> {
  const displayName =
    changes.displayName === undefined ? user.display_name : cleanDisplayName(changes.displayName);
  if (displayName === null) return refuse('invalid_request', 'A display name is 1 to 200 characters.');
  const email =
    changes.email === undefined
      ? user.email
      : changes.email === null || changes.email.trim() === ''
        ? null
        : cleanEmail(changes.email);
  if (changes.email !== undefined && changes.email !== null && changes.email.trim() !== '' && email === null)
    return refuse('invalid_request', 'Not an e-mail address.');
  const role = changes.role ?? user.role;
  return inTransaction(ctx, async (tx) => {
    const current = await tx.findUserById(user.id);
    if (current === undefined) return refuse('not_found', 'No such user.');
    if (role !== current.role && current.role === 'admin') {
      const refusal = await keepsAnAdministrator(tx, current, actor);
      if (refusal !== null) return refusal;
    }
    const changed: string[] = [];
    if (displayName !== current.display_name) changed.push('display name');
    if (email !== current.email) changed.push('e-mail');
    if (role !== current.role) changed.push(`role ${role}`);
    if (changed.length === 0) return accept(200, current);
    await tx.updateProfile(current.id, displayName, email);
    if (role !== current.role) await tx.saveRole(current.id, role);
    await audit(tx, ctx.now(), 'user_updated', actor, current.username, changed.join(', '));
    return accept(200, (await tx.findUserById(current.id)) as UserRecord);
  });
}

/**
 * Disables or enables an account. Disabling ends the user's portal sessions and drops their unused OTPs;
 * from then on they sign in nowhere and their cards sign no one in (docs/decisions/0017-disabled-accounts.md).
 */
export async function setAccountDisabled(
  ctx: TenantContext,
  user: UserRecord,
  actor: UserRecord | null,
  disabled: boolean,
): Promise<Answer<UserRecord>> {
  return inTransaction(ctx, async (tx) => {
    const current = await tx.findUserById(user.id);
    if (current === undefined) return refuse('not_found', 'No such user.');
    if ((current.disabled_at !== null) === disabled) return accept(200, current);
    const now = ctx.now();
    if (disabled) {
      const refusal = await keepsAnAdministrator(tx, current, actor);
      if (refusal !== null) return refusal;
      await tx.saveDisabled(current.id, now);
      await tx.deletePortalSessionsOf(current.id, null);
      await tx.dropUnusedOtps(current.id);
      // Its desktop clients' sign-ins end too, so enabling the account again does not revive them.
      await tx.revokeClientTokensOf(current.id, now);
      await audit(tx, now, 'user_disabled', actor, current.username);
    } else {
      await tx.saveDisabled(current.id, null);
      await audit(tx, now, 'user_enabled', actor, current.username);
    }
    return accept(200, (await tx.findUserById(current.id)) as UserRecord);
  });
}

/** Deletes a user with their cards; the audit trail keeps their name and says how many cards went. */
export async function deleteAccount(
  ctx: TenantContext,
  user: UserRecord,
  actor: UserRecord | null,
): Promise<Answer<null>> {
  return inTransaction(ctx, async (tx) => {
    const current = await tx.findUserById(user.id);
    if (current === undefined) return refuse('not_found', 'No such user.');
    const refusal = await keepsAnAdministrator(tx, current, actor);
    if (refusal !== null) return refusal;
    const cards = await tx.countCardsOfUser(current.id);
    await tx.deleteUser(current.id);
    const detail = `${cards} card${cards === 1 ? '' : 's'} removed${actor === null ? ', command line' : ''}`;
    await audit(tx, ctx.now(), 'user_deleted', actor, current.username, detail);
    return accept(204, null);
  });
}

/** An administrator sets a user's password: every session of that user ends, their unused OTPs go. */
export async function setPassword(
  ctx: TenantContext,
  policy: PasswordPolicy,
  user: UserRecord,
  actor: UserRecord | null,
  password: string,
): Promise<Answer<null>> {
  // A directory user's password is the directory's: one set here would never be checked.
  if ((user.provider_id ?? null) !== null)
    return refuse('conflict', 'This user signs in with their directory password; change it there.');
  const weakness = passwordWeakness(policy, user.username, password);
  if (weakness !== null) return refuse('weak_password', weakness);
  const hash = await ctx.secrets.hashPassword(password);
  return inTransaction(ctx, async (tx) => {
    const current = await tx.findUserById(user.id);
    if (current === undefined) return refuse('not_found', 'No such user.');
    const now = ctx.now();
    await tx.savePasswordHash(current.id, hash);
    await tx.dropUnusedOtps(current.id);
    const ended = await tx.deletePortalSessionsOf(current.id, null);
    // Desktop clients were approved under the old password; a reset ends them (docs/oauth-device.md).
    await tx.revokeClientTokensOf(current.id, now);
    await audit(tx, now, 'password_set', actor, current.username, sessionsEnded(ended, actor));
    return accept(204, null);
  });
}

const sessionsEnded = (count: number, actor: UserRecord | null) =>
  `${count} other session${count === 1 ? '' : 's'} ended${actor === null ? ', command line' : ''}`;

/**
 * A person changes their own password, proving the old one. A wrong old password counts towards the
 * lockout like any wrong secret (a stolen session must not become a free password guesser), and answers
 * 403 wrong_password, not 401, which the portal reads as "signed out". Their other sessions end.
 */
export async function changeOwnPassword(
  ctx: TenantContext,
  policy: PasswordPolicy,
  session: PortalSession,
  oldPassword: string,
  newPassword: string,
): Promise<Answer<null>> {
  const { user } = session;
  const weakness = passwordWeakness(policy, user.username, newPassword);
  if (weakness !== null) return refuse('weak_password', weakness);
  if (newPassword === oldPassword) return refuse('weak_password', 'The new password is the old one.');
  const match = await matchSecret(
    ctx,
    user,
    await streakOf(ctx.store, user.username_key),
    oldPassword,
    false,
  );
  const hash = match.kind === 'password' ? await ctx.secrets.hashPassword(newPassword) : null;
  const settings = await ctx.store.loadSettings();
  return inTransaction(ctx, async (tx) => {
    const now = ctx.now();
    const verdict = await settleAttempt(tx, now, user.username_key, user, match, settings, {
      terminalId: null,
      via: 'portal',
    });
    // Returned, not rolled back: the counted failure and a new lockout must stay.
    if (verdict.kind === 'locked')
      return refuse('account_locked', 'Too many wrong secrets in a row.', {
        lockedUntil: isoAt(verdict.lockedUntil),
      });
    if (verdict.kind === 'rejected' || hash === null)
      return refuse('wrong_password', 'The current password is wrong.', {
        attemptsLeft: verdict.kind === 'rejected' ? verdict.attemptsLeft : 0,
      });
    await tx.savePasswordHash(user.id, hash);
    const ended = await tx.deletePortalSessionsOf(user.id, session.idHash);
    await tx.revokeClientTokensOf(user.id, now);
    await audit(tx, now, 'password_changed', user, user.username, sessionsEnded(ended, user));
    return accept(204, null);
  });
}

/** One of the signed-in person's sessions, as the portal shows it. */
export interface SessionView {
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly current: boolean;
}

/**
 * The person's live portal sessions, the current one marked. A session past its idle or absolute limit
 * may still be a row until it is swept; it signs no one in, so it is not listed as active.
 */
export async function ownSessions(ctx: TenantContext, session: PortalSession): Promise<SessionView[]> {
  const now = ctx.now();
  const rows = await ctx.store.portalSessionsOf(session.user.id);
  return rows
    .filter((row) => isSessionAlive(row.created_at, row.last_seen_at, now))
    .map((row) => ({
      createdAt: isoAt(row.created_at),
      lastSeenAt: isoAt(row.last_seen_at),
      current: row.id_hash === session.idHash,
    }));
}

/** "Sign out everywhere": ends every portal session of the person, this one included. */
export async function signOutEverywhere(ctx: TenantContext, session: PortalSession): Promise<number> {
  return ctx.store.transaction(async (tx) => {
    const ended = await tx.deletePortalSessionsOf(session.user.id, null);
    await audit(tx, ctx.now(), 'sessions_ended', session.user, session.user.username, `${ended} sessions`);
    return ended;
  });
}
