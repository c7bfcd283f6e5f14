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
