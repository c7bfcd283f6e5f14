import type { EnrollmentTicket, Handover, HostSession, User } from '../api/contract';
import type { CardNumber } from '../card/card-number';

/** Fields every state carries: `step` changes on each entry, so stale timers and answers are ignored. */
interface StateBase {
  readonly step: number;
  /** The inactivity warning is showing (with More time). */
  readonly expiring: boolean;
}

/** Why the credentials screen shows a message above the fields. */
export type CredentialsNotice =
  | { readonly kind: 'invalid_credentials'; readonly attemptsLeft?: number }
  | { readonly kind: 'too_many_attempts'; readonly retryAfterSeconds?: number }
  /** The tenant did not answer; the card is not registered yet and Register card tries again. */
  | { readonly kind: 'unreachable' };

/** What a failure screen explains; each has its own message and way back. */
export type PanelProblem =
  | { readonly kind: 'unreadable_card' }
  | { readonly kind: 'tenant_unreachable' }
  | { readonly kind: 'account_locked'; readonly lockedUntil?: string }
  | { readonly kind: 'card_already_assigned' }
  | { readonly kind: 'card_limit_reached' }
  | { readonly kind: 'enrollment_disabled' }
  | { readonly kind: 'enrollment_expired' }
  | { readonly kind: 'terminal_rejected' }
  | { readonly kind: 'tenant_rejected' }
  /** The person said no on their phone. */
  | { readonly kind: 'handover_denied' }
  /** Nobody confirmed on a phone before the hand-over ran out. */
  | { readonly kind: 'handover_expired' };

/** What the credentials screen needs to be re-entered after a failure: never the secret. */
export interface EnrollmentAttempt {
  readonly card: CardNumber;
  readonly enrollment: EnrollmentTicket;
  readonly username: string;
  readonly attempts: number;
}

export type IdleState = StateBase & { readonly name: 'idle' };
export type IdentifyingState = StateBase & { readonly name: 'identifying'; readonly card: CardNumber };
export type PromptState = StateBase & {
  readonly name: 'prompt';
  readonly card: CardNumber;
  readonly enrollment: EnrollmentTicket;
};
export type CredentialsState = StateBase &
  EnrollmentAttempt & {
    readonly name: 'credentials';
    readonly secret: string;
    readonly notice: CredentialsNotice | null;
    /** Set after a submit the tenant may not have seen: resubmitting the same credentials reuses it. */
    readonly pendingIdempotencyKey: string | null;
  };
export type SubmittingState = StateBase &
  EnrollmentAttempt & {
    readonly name: 'submitting';
    readonly secret: string;
    readonly idempotencyKey: string;
  };
/** "Use your phone": the panel shows a QR code and a short code and waits for the phone to confirm. */
export type HandoverState = StateBase &
  EnrollmentAttempt & {
    readonly name: 'handover';
    /** Null while the tenant opens the hand-over; then what the screen shows and the flow polls. */
    readonly handover: Handover | null;
  };
export type SignedInState = StateBase & {
  readonly name: 'signedIn';
  readonly user: User;
  readonly session: HostSession;
  /** True when this card was registered just now, so the panel can say so. */
  readonly enrolled: boolean;
};
export type FailedState = StateBase & {
  readonly name: 'failed';
  readonly problem: PanelProblem;
  /** The card to identify again on Retry / Start again; null when retrying makes no sense. */
  readonly retryCard: CardNumber | null;
  /** Where Back leads: the credentials screen of this attempt, or nowhere. */
  readonly resume: EnrollmentAttempt | null;
};

/** Every state of the enrollment flow at the panel. */
export type State =
  | IdleState
  | IdentifyingState
  | PromptState
  | CredentialsState
  | SubmittingState
  | HandoverState
  | SignedInState
  | FailedState;

export type StateName = State['name'];

/** States that wait for a person and so time out; the others wait for the tenant or for a swipe. */
export type TimedStateName = keyof import('./flow-config').FlowTimeouts;

export const initialState: IdleState = { name: 'idle', step: 0, expiring: false };
