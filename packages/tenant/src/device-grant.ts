import { isoAt } from './clock';
import { displayDeviceUserCode, parseDeviceUserCode } from './device-user-code';
import { type IssuedOtp, issueOtp } from './one-time-password';
import { type Answer, accept, refuse } from './problem';
import { countSourceFailure, handoverGuessPolicy, type Source, sourceWait, throttled } from './source-gate';
import type { ThrottlePolicy } from './source-throttle';
import type { ClientTokenRecord, DeviceGrantRecord, TenantRecords, UserRecord } from './store-port';
import { inTransaction, type TenantContext } from './tenant-context';

/**
 * The desktop client's sign-in: the OAuth 2.0 device authorization grant (RFC 8628), its tokens (RFC 6749)
 * and their revocation (RFC 7009). docs/oauth-device.md describes the endpoints, docs/security.md the
 * figures below, docs/decisions/0022-desktop-client-device-grant.md why it is shaped this way.
 */

/** The clients the service knows, by client_id: public clients (no secret), as a desktop program is. */
export const deviceClients: Readonly<Record<string, string>> = {
  'cardenroll-desktop': 'Card enrollment desktop client',
};

/** A device code (and its user code) lives 10 minutes. */
export const deviceCodeTtlMs = 10 * 60_000;
/** Seconds a client leaves between polls at first; each `slow_down` adds 5 (RFC 8628 §3.5). */
export const devicePollSeconds = 5;
export const slowDownSeconds = 5;
/** An access token lives 10 minutes: long enough for one `otp`, short enough that a stolen one soon dies. */
export const accessTokenTtlMs = 10 * 60_000;
/** A refresh token lives 30 days from its last use (each use hands out a new one: sliding). */
export const refreshTokenTtlMs = 30 * 24 * 60 * 60_000;

/** The error codes of RFC 6749 §5.2, RFC 8628 §3.5 and RFC 7009 this service answers. */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unsupported_grant_type'
  | 'authorization_pending'
  | 'slow_down'
  | 'access_denied'
  | 'expired_token'
  | 'invalid_token';

/** What an OAuth endpoint answers, as data: a body, or an error of RFC 6749 §5.2's shape. */
export type OAuthAnswer<T> =
  | { readonly ok: true; readonly body: T }
  | {
      readonly ok: false;
      readonly status: 400 | 401 | 429;
      readonly error: OAuthErrorCode;
      readonly description: string;
      readonly retryAfterSeconds?: number;
    };

const oauthError = (
  error: OAuthErrorCode,
  description: string,
  status: 400 | 401 = 400,
): OAuthAnswer<never> => ({ ok: false, status, error, description });

export interface DeviceAuthorization {
  readonly device_code: string;
  readonly user_code: string;
  readonly verification_uri: string;
  readonly verification_uri_complete: string;
  readonly expires_in: number;
  readonly interval: number;
}

export interface TokenResponse {
  readonly access_token: string;
  readonly token_type: 'Bearer';
  readonly expires_in: number;
  readonly refresh_token: string;
}

/**
 * Starting sign-ins: 20 per client address in 15 minutes (each start is a row until it is purged), so
 * nobody fills the store or the user-code space; a person needs one or two.
 */
export const deviceStartPolicy: ThrottlePolicy = { rateLimitFailures: 20, rateLimitWindowMs: 15 * 60_000 };

/** The portal page where a person confirms a desktop client; `baseUrl` has no trailing slash. */
export const deviceVerificationUri = (baseUrl: string): string => `${baseUrl}/portal/device`;

const unknownClient = () => oauthError('invalid_client', 'Unknown client_id.', 401);

/**
 * Starts a sign-in for a desktop client: a 256-bit device code (only its hash is stored), which only the
 * client ever holds, and a short user code the person types (or follows in the link) in the portal.
 */
export async function authorizeDevice(
  ctx: TenantContext,
  clientId: string,
  baseUrl: string,
  requester: readonly Source[] = [],
): Promise<OAuthAnswer<DeviceAuthorization>> {
  if (deviceClients[clientId] === undefined) return unknownClient();
  const { store, secrets } = ctx;
  const deviceCode = secrets.newToken('dc');
  const deviceCodeHash = await secrets.tokenHash(deviceCode);
  const now = ctx.now();
  const userCode = await store.transaction(async (tx) => {
    const wait = await sourceWait(tx, requester, now);
    if (wait !== null) return wait;
    // Every start counts, so the limit is on starts, not on failures.
    await countSourceFailure(tx, requester, now, deviceStartPolicy);
    await tx.purgeDeviceGrants(now - 24 * 60 * 60_000);
    let code = secrets.newDeviceUserCode();
    while (await tx.isDeviceUserCodeLive(code, now)) code = secrets.newDeviceUserCode();
    await tx.insertDeviceGrant({
      device_code_hash: deviceCodeHash,
      user_code: code,
      client_id: clientId,
      created_at: now,
      expires_at: now + deviceCodeTtlMs,
      interval_seconds: devicePollSeconds,
    });
    return code;
  });
  if (typeof userCode === 'number') {
    return {
      ok: false,
      status: 429,
      error: 'slow_down',
      description: 'Too many sign-ins started from here; wait before starting another.',
      retryAfterSeconds: userCode,
    };
  }
  const shown = displayDeviceUserCode(userCode);
  return {
    ok: true,
    body: {
      device_code: deviceCode,
      user_code: shown,
      verification_uri: deviceVerificationUri(baseUrl),
      // The user code may travel in a URL (RFC 8628 §3.3.1); the device code never does.
      verification_uri_complete: `${deviceVerificationUri(baseUrl)}?code=${shown}`,
      expires_in: deviceCodeTtlMs / 1000,
      interval: devicePollSeconds,
    },
  };
}

/** A new access and refresh token in `familyId`, stored as hashes; the clear tokens go to the client only. */
async function issueTokens(
  ctx: TenantContext,
  tx: TenantRecords,
  familyId: string,
  userId: string,
  clientId: string,
  now: number,
): Promise<TokenResponse> {
  const access = ctx.secrets.newToken('cea');
  const refresh = ctx.secrets.newToken('cer');
  const common = { family_id: familyId, user_id: userId, client_id: clientId, created_at: now };
  await tx.purgeClientTokens(now - 24 * 60 * 60_000);
  await tx.insertClientToken({
    ...common,
    token_hash: await ctx.secrets.tokenHash(access),
    kind: 'access',
    expires_at: now + accessTokenTtlMs,
  });
  await tx.insertClientToken({
    ...common,
    token_hash: await ctx.secrets.tokenHash(refresh),
    kind: 'refresh',
    expires_at: now + refreshTokenTtlMs,
  });
  return {
    access_token: access,
    token_type: 'Bearer',
    expires_in: accessTokenTtlMs / 1000,
    refresh_token: refresh,
  };
}

const isLive = (user: UserRecord | undefined): user is UserRecord =>
  user !== undefined && user.disabled_at === null;

/**
 * The client's poll with its device code (RFC 8628 §3.4–3.5). A poll sooner than the interval after the
 * last one answers `slow_down` and adds 5 seconds to the interval. An approved grant hands out its tokens
 * once and is gone; a denied one answers `access_denied` once and is gone.
 */
export async function pollDeviceToken(
  ctx: TenantContext,
  clientId: string,
  deviceCode: string,
): Promise<OAuthAnswer<TokenResponse>> {
  if (deviceClients[clientId] === undefined) return unknownClient();
  const hash = await ctx.secrets.tokenHash(deviceCode);
  return ctx.store.transaction(async (tx) => {
    const now = ctx.now();
    const grant = await tx.findDeviceGrant(hash);
    if (grant === undefined || grant.client_id !== clientId) {
      return oauthError('invalid_grant', 'Unknown device code.');
    }
    if (now >= grant.expires_at) {
      await tx.deleteDeviceGrant(hash);
      return oauthError('expired_token', 'The device code expired; run login again.');
    }
    if (grant.last_polled_at !== null && now - grant.last_polled_at < grant.interval_seconds * 1000) {
      await tx.saveDeviceGrantPoll(hash, now, grant.interval_seconds + slowDownSeconds);
      return oauthError(
        'slow_down',
        `Poll at most every ${grant.interval_seconds + slowDownSeconds} seconds.`,
      );
    }
    await tx.saveDeviceGrantPoll(hash, now, grant.interval_seconds);
    if (grant.status === 'pending') {
      return oauthError('authorization_pending', 'The person has not confirmed in the portal yet.');
    }
    await tx.deleteDeviceGrant(hash);
    const user = grant.user_id === null ? undefined : await tx.findUserById(grant.user_id);
    if (grant.status === 'denied' || !isLive(user)) {
      return oauthError('access_denied', 'The sign-in was denied in the portal.');
    }
    const familyId = ctx.secrets.newId('cf');
    return { ok: true, body: await issueTokens(ctx, tx, familyId, user.id, clientId, now) };
  });
}

/**
 * A new token pair for a refresh token, which is used up by it (rotation). A refresh token used a second
 * time means two holders — the client and a thief — so the whole family is revoked (RFC 9700 §4.14.2).
 */
export async function refreshClientToken(
  ctx: TenantContext,
  clientId: string,
  refreshToken: string,
): Promise<OAuthAnswer<TokenResponse>> {
  if (deviceClients[clientId] === undefined) return unknownClient();
  const hash = await ctx.secrets.tokenHash(refreshToken);
  return ctx.store.transaction(async (tx) => {
    const now = ctx.now();
    const token = await tx.findClientToken(hash);
    const refused = () => oauthError('invalid_grant', 'The refresh token is not valid; run login again.');
    if (token === undefined || token.kind !== 'refresh' || token.client_id !== clientId) return refused();
    if (token.revoked_at !== null || now >= token.expires_at) return refused();
    const user = await tx.findUserById(token.user_id);
    if (!isLive(user) || !(await tx.useClientToken(hash, now))) {
      await revokeFamily(
        tx,
        token,
        user?.username ?? null,
        now,
        isLive(user) ? 'refresh token reused' : 'account disabled',
      );
      return refused();
    }
    return { ok: true, body: await issueTokens(ctx, tx, token.family_id, user.id, clientId, now) };
  });
}

async function revokeFamily(
  tx: TenantRecords,
  token: ClientTokenRecord,
  username: string | null,
  now: number,
  why: string,
): Promise<void> {
  const ended = await tx.revokeClientFamily(token.family_id, now);
  if (ended === 0) return;
  await tx.recordAudit({
    at: now,
    kind: 'client_revoked',
    actor: username,
    subject: username,
    detail: `${deviceClients[token.client_id] ?? token.client_id}: ${why}`,
  });
}

/**
 * Revokes the sign-in a token (access or refresh) belongs to (RFC 7009): the whole family, so `logout`
 * leaves no token of it alive. An unknown token is no error (§2.2): the answer never tells.
 */
export async function revokeClientToken(
  ctx: TenantContext,
  clientId: string,
  token: string,
): Promise<OAuthAnswer<null>> {
  if (deviceClients[clientId] === undefined) return unknownClient();
  const hash = await ctx.secrets.tokenHash(token);
  await ctx.store.transaction(async (tx) => {
    const found = await tx.findClientToken(hash);
    if (found === undefined || found.client_id !== clientId) return;
    const user = await tx.findUserById(found.user_id);
    await revokeFamily(tx, found, user?.username ?? null, ctx.now(), 'signed out');
  });
  return { ok: true, body: null };
}

/** The live user of a live access token, or undefined. */
export async function userOfAccessToken(
  ctx: TenantContext,
  accessToken: string,
): Promise<UserRecord | undefined> {
  const token = await ctx.store.findClientToken(await ctx.secrets.tokenHash(accessToken));
  if (token === undefined || token.kind !== 'access' || token.revoked_at !== null) return undefined;
  if (ctx.now() >= token.expires_at) return undefined;
  const user = await ctx.store.findUserById(token.user_id);
  return isLive(user) ? user : undefined;
}

/** A fresh OTP for the holder of an access token: the portal's rule (hash only, expiry, once), no other. */
export async function otpForClient(ctx: TenantContext, accessToken: string): Promise<OAuthAnswer<IssuedOtp>> {
  const user = await userOfAccessToken(ctx, accessToken);
  if (user === undefined) return oauthError('invalid_token', 'The access token is not valid.', 401);
  return { ok: true, body: await issueOtp(ctx, user, user, 'desktop_client') };
}

/** Who confirms user codes in the portal, for the limit on codes that name nothing. */
export const deviceGuesserOf = (userId: string, sessionIdHash: string): Source[] => [
  `device-user:${userId}`,
  `device-session:${sessionIdHash}`,
];

/**
 * A pending, live grant for a typed user code, or the problem to answer. Each code that names no grant
 * counts against `guesser`, under the hand-over codes' limit (10 in 15 minutes), so nobody walks the
 * 20^8 codes.
 */
async function pendingGrant(
  tx: TenantRecords,
  now: number,
  typedCode: string,
  guesser: readonly Source[],
): Promise<Answer<DeviceGrantRecord>> {
  const wait = await sourceWait(tx, guesser, now);
  if (wait !== null) return throttled(wait);
  const code = parseDeviceUserCode(typedCode);
  const grant = code === null ? undefined : await tx.findDeviceGrantByCode(code);
  if (grant === undefined) {
    await countSourceFailure(tx, guesser, now, handoverGuessPolicy);
    return refuse('not_found', 'No desktop client waits with this code.');
  }
  if (grant.status !== 'pending' || now >= grant.expires_at) {
    return refuse('handover_expired', 'This code is over; run login in the desktop client again.');
  }
  return accept(200, grant);
}

/** What the portal shows before the person approves: which client asks, since when, until when. */
export interface DeviceGrantView {
  readonly clientName: string;
  readonly userCode: string;
  readonly requestedAt: string;
  readonly expiresAt: string;
}

export function viewDeviceGrant(
  ctx: TenantContext,
  typedCode: string,
  guesser: readonly Source[],
): Promise<Answer<DeviceGrantView>> {
  return inTransaction(ctx, async (tx) => {
    const found = await pendingGrant(tx, ctx.now(), typedCode, guesser);
    if (!found.ok) return found;
    const grant = found.body;
    return accept(200, {
      clientName: deviceClients[grant.client_id] ?? grant.client_id,
      userCode: displayDeviceUserCode(grant.user_code),
      requestedAt: isoAt(grant.created_at),
      expiresAt: isoAt(grant.expires_at),
    });
  });
}

/** The person approves (the client's next poll gets tokens for them) or denies (it gets `access_denied`). */
export function decideDeviceGrant(
  ctx: TenantContext,
  typedCode: string,
  user: UserRecord,
  decision: 'approved' | 'denied',
  guesser: readonly Source[],
): Promise<Answer<null>> {
  return inTransaction(ctx, async (tx) => {
    const now = ctx.now();
    const found = await pendingGrant(tx, now, typedCode, guesser);
    if (!found.ok) return found;
    await tx.decideDeviceGrant(found.body.device_code_hash, decision, user.id, now);
    if (decision === 'approved') {
      await tx.recordAudit({
        at: now,
        kind: 'client_connected',
        actor: user.username,
        subject: user.username,
        detail: deviceClients[found.body.client_id] ?? found.body.client_id,
      });
    }
    return accept(204, null);
  });
}

/** A user's connected desktop clients, for My Profile. */
export async function clientsOf(ctx: TenantContext, user: UserRecord) {
  const families = await ctx.store.clientFamiliesOf(user.id, ctx.now());
  return families.map((family) => ({
    id: family.family_id,
    clientName: deviceClients[family.client_id] ?? family.client_id,
    connectedAt: isoAt(family.created_at),
    lastUsedAt: isoAt(family.last_used_at),
  }));
}

/**
 * Ends one of `user`'s desktop client sign-ins from the portal — the person themselves, or an administrator
 * (`actor`) for a lost computer; false when there is no such live one.
 */
export function disconnectClient(
  ctx: TenantContext,
  user: UserRecord,
  familyId: string,
  actor: UserRecord,
): Promise<boolean> {
  return ctx.store.transaction(async (tx) => {
    const mine = (await tx.clientFamiliesOf(user.id, ctx.now())).find((f) => f.family_id === familyId);
    if (mine === undefined) return false;
    const now = ctx.now();
    await tx.revokeClientFamily(familyId, now);
    await tx.recordAudit({
      at: now,
      kind: 'client_revoked',
      actor: actor.username,
      subject: user.username,
      detail: `${deviceClients[mine.client_id] ?? mine.client_id}: signed out in the portal`,
    });
    return true;
  });
}
