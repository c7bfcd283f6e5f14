import type {
  EnrollResponse,
  Handover,
  HandoverStatus,
  HostSession,
  IdentifyResponse,
  User,
} from './contract';

// Hand-written guards for the 2xx bodies. The schemas of @cardenroll/contract describe the same
// answers, but valibot would add about 2 KB gzip to each panel shell (measured: webclient +2,162 bytes,
// workpath +1,638); response-guards.property.test.ts holds these few lines to those schemas instead.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isUser(value: unknown): value is User {
  return isRecord(value) && isNonEmptyString(value.username) && typeof value.displayName === 'string';
}

/** Shared by the host session and the enrollment ticket: an opaque id plus an expiry. */
function isExpiring(value: unknown, idKey: 'id' | 'token'): boolean {
  return isRecord(value) && isNonEmptyString(value[idKey]) && isNonEmptyString(value.expiresAt);
}

function isHostSession(value: unknown): value is HostSession {
  return isExpiring(value, 'id');
}

/** True when a 200 body of identify matches the contract (either the assigned or the unassigned shape). */
export function isIdentifyResponse(value: unknown): value is IdentifyResponse {
  if (!isRecord(value)) return false;
  if (value.status === 'assigned') return isUser(value.user) && isHostSession(value.session);
  if (value.status === 'unassigned')
    return (
      isExpiring(value.enrollment, 'token') &&
      ['undefined', 'boolean'].includes(typeof (value.enrollment as Record<string, unknown>).otpByEmail)
    );
  return false;
}

/** True when a 2xx body of enroll matches the contract. */
export function isEnrollResponse(value: unknown): value is EnrollResponse {
  return isRecord(value) && isUser(value.user) && isHostSession(value.session);
}

/** An absolute http(s) URL: the panel puts it in an `<img>` or shows it, so nothing else may pass. */
function isWebAddress(value: unknown): value is string {
  return typeof value === 'string' && /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(value);
}

/** True when a 201 body of a hand-over start matches the contract. */
export function isHandover(value: unknown): value is Handover {
  return (
    isRecord(value) &&
    isNonEmptyString(value.handoverId) &&
    isNonEmptyString(value.userCode) &&
    isWebAddress(value.verificationUri) &&
    isWebAddress(value.verificationUriComplete) &&
    isWebAddress(value.qrCode) &&
    isNonEmptyString(value.expiresAt) &&
    typeof value.interval === 'number' &&
    Number.isFinite(value.interval) &&
    value.interval > 0
  );
}

/** True when a 200 body of a hand-over poll matches the contract. */
export function isHandoverStatus(value: unknown): value is HandoverStatus {
  if (!isRecord(value)) return false;
  if (value.status === 'pending' || value.status === 'denied') return true;
  return value.status === 'confirmed' && isEnrollResponse(value);
}
