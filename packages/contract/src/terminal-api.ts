import * as v from 'valibot';
import { NonEmptyText, requiredText, WebAddress } from './text';

/**
 * The terminal API (docs/api.md; the hand-over in docs/portal-api.md): what a panel sends under
 * `api/v1/` with its Bearer key, and what the tenant answers.
 */

/**
 * The `Idempotency-Key` header of enroll: 1 to 255 characters. The bare form (`abc`) and the quoted
 * structured-field form of the IETF draft (`"abc"`) mean the same key.
 */
export const IdempotencyKey = v.pipe(
  v.string(),
  v.trim(),
  v.transform((raw) => /^"(.*)"$/.exec(raw)?.[1] ?? raw),
  v.minLength(1),
  v.maxLength(255),
);

/** The headers enroll needs besides the key (hono hands headers over by their lower-case names). */
export const EnrollHeaders = v.object({ 'idempotency-key': IdempotencyKey });

/** `POST api/v1/cards/identify`. The number's format is the tenant's to judge: `422 invalid_card_number`. */
export const IdentifyRequest = v.object({ cardNumber: v.string() });
export type IdentifyRequest = v.InferOutput<typeof IdentifyRequest>;

/** `POST api/v1/cards/enroll`, with an `IdempotencyKey`. */
export const EnrollRequest = v.object({
  enrollmentToken: requiredText(),
  username: requiredText(256),
  /** A password or a one-time password; never logged, stored or put in a URL. */
  secret: requiredText(),
});
export type EnrollRequest = v.InferOutput<typeof EnrollRequest>;

/** `POST api/v1/handovers`. */
export const StartHandoverRequest = v.object({ enrollmentToken: requiredText() });
export type StartHandoverRequest = v.InferOutput<typeof StartHandoverRequest>;

/** A user as the panel shows them. */
export const User = v.object({ username: NonEmptyText, displayName: v.string() });
export type User = v.InferOutput<typeof User>;

/** What the host needs to sign the user in on the device; opaque to the panel. */
export const HostSession = v.object({ id: NonEmptyText, expiresAt: NonEmptyText });
export type HostSession = v.InferOutput<typeof HostSession>;

/** Permission to register one card, bound to that card and this terminal, short-lived. */
export const EnrollmentTicket = v.object({
  token: NonEmptyText,
  expiresAt: NonEmptyText,
  /** Whether the tenant e-mails one-time passwords; the panel's hint says where a code comes from. */
  otpByEmail: v.optional(v.boolean()),
});
export type EnrollmentTicket = v.InferOutput<typeof EnrollmentTicket>;

/** `200` of identify: the owner with a host session, or a ticket to enroll the card. */
export const IdentifyResponse = v.variant('status', [
  v.object({ status: v.literal('assigned'), user: User, session: HostSession }),
  v.object({ status: v.literal('unassigned'), enrollment: EnrollmentTicket }),
]);
export type IdentifyResponse = v.InferOutput<typeof IdentifyResponse>;

/** `201` of enroll, replayed as it was for a repeated Idempotency-Key. */
export const EnrollResponse = v.object({ user: User, session: HostSession });
export type EnrollResponse = v.InferOutput<typeof EnrollResponse>;

/**
 * `201` of a hand-over start: the panel shows `qrCode` (a PNG on the tenant, holding nothing but
 * `verificationUriComplete`) and `userCode` (six characters shown with a dash, e.g. `K7P-3QX`), and
 * polls `handoverId` every `interval` seconds.
 */
export const Handover = v.object({
  handoverId: NonEmptyText,
  userCode: NonEmptyText,
  verificationUri: WebAddress,
  verificationUriComplete: WebAddress,
  qrCode: WebAddress,
  expiresAt: NonEmptyText,
  interval: v.pipe(v.number(), v.finite(), v.gtValue(0)),
});
export type Handover = v.InferOutput<typeof Handover>;

/** `200` of a hand-over poll; `confirmed` carries exactly what a successful enroll does. */
export const HandoverStatus = v.variant('status', [
  v.object({ status: v.literal('pending') }),
  v.object({ status: v.literal('denied') }),
  v.object({ status: v.literal('confirmed'), user: User, session: HostSession }),
]);
export type HandoverStatus = v.InferOutput<typeof HandoverStatus>;
