import type { EnrollmentTicket, EnrollResponse, Handover, IdentifyResponse } from '../api/contract';
import type { CardNumber } from '../card/card-number';
import type { FlowConfig } from './flow-config';
import type {
  CredentialsState,
  FailedState,
  HandoverState,
  IdentifyingState,
  IdleState,
  PromptState,
  SignedInState,
  SubmittingState,
} from './state';

/** Shared test data for the flow's unit and property tests. */
export const card = 'CAFE0001' as CardNumber;
export const otherCard = 'CAFE0002' as CardNumber;
export const ticket: EnrollmentTicket = { token: 'tok-1', expiresAt: '2026-11-25T12:05:00Z' };
export const alice = { username: 'alice', displayName: 'Alice Martin' };
export const session = { id: 'sess-1', expiresAt: '2026-11-25T13:00:00Z' };
export const assigned: IdentifyResponse = { status: 'assigned', user: alice, session };
export const unassigned: IdentifyResponse = { status: 'unassigned', enrollment: ticket };
export const enrolledResponse: EnrollResponse = { user: alice, session };

export const config: FlowConfig = {
  enrollmentPrompt: true,
  phoneHandover: true,
  timeouts: { prompt: 30_000, credentials: 60_000, failed: 20_000, signedIn: 45_000, handover: 240_000 },
  warningMs: 10_000,
};

const base = { step: 7, expiring: false } as const;
export const idle: IdleState = { name: 'idle', ...base };
export const identifying: IdentifyingState = { name: 'identifying', card, ...base };
export const prompt: PromptState = { name: 'prompt', card, enrollment: ticket, ...base };
export const attempt = { card, enrollment: ticket, username: 'alice', attempts: 1 };
export const credentials: CredentialsState = {
  name: 'credentials',
  ...attempt,
  secret: 'hunter2',
  notice: null,
  pendingIdempotencyKey: null,
  ...base,
};
export const submitting: SubmittingState = {
  name: 'submitting',
  ...attempt,
  secret: 'hunter2',
  idempotencyKey: 'key-1',
  ...base,
};
export const signedIn: SignedInState = { name: 'signedIn', user: alice, session, enrolled: false, ...base };
export const failedUnreachable: FailedState = {
  name: 'failed',
  problem: { kind: 'tenant_unreachable' },
  retryCard: card,
  resume: null,
  ...base,
};
export const failedLocked: FailedState = {
  name: 'failed',
  problem: { kind: 'account_locked' },
  retryCard: null,
  resume: attempt,
  ...base,
};

export const handover: Handover = {
  handoverId: 'ho-1',
  userCode: 'K7P-3QX',
  verificationUri: 'https://tenant.example/portal/link',
  verificationUriComplete: 'https://tenant.example/portal/link?code=K7P3QX',
  qrCode: 'https://tenant.example/api/v1/handovers/ho-1/qr.png',
  expiresAt: '2026-11-25T12:05:00Z',
  interval: 2,
};
export const handoverStarting: HandoverState = { name: 'handover', ...attempt, handover: null, ...base };
export const handoverShown: HandoverState = { name: 'handover', ...attempt, handover, ...base };
