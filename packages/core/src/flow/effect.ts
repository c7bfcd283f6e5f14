import type { EnrollRequest, HostSession, User } from '../api/contract';
import type { CardNumber } from '../card/card-number';

/** Work the controller does on the flow's behalf; results come back as events. */
export type Effect =
  | { readonly type: 'identify'; readonly step: number; readonly card: CardNumber }
  | {
      readonly type: 'enroll';
      readonly step: number;
      readonly request: EnrollRequest;
      readonly idempotencyKey: string;
    }
  | { readonly type: 'startHandover'; readonly step: number; readonly enrollmentToken: string }
  /** Wait `afterMs`, then ask how the hand-over stands; a step change calls the wait and the call off. */
  | {
      readonly type: 'pollHandover';
      readonly step: number;
      readonly handoverId: string;
      readonly afterMs: number;
    }
  /** Replace any armed timers: warn, then time out, unless the step has moved on. */
  | {
      readonly type: 'armTimeout';
      readonly step: number;
      readonly warnAfterMs: number;
      readonly expireAfterMs: number;
    }
  | { readonly type: 'disarmTimeout' }
  | { readonly type: 'signIn'; readonly user: User; readonly session: HostSession }
  | { readonly type: 'signOut' };
