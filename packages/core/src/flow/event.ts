import type { EnrollResponse, Handover, HandoverStatus, IdentifyResponse } from '../api/contract';
import type { Failure } from '../api/failure';
import type { CardNumber } from '../card/card-number';

/** Everything that can happen to the flow: a person, the reader, the tenant, a timer or the host. */
export type FlowEvent =
  // the card reader
  | { readonly type: 'swiped'; readonly card: CardNumber }
  | { readonly type: 'unreadableSwipe' }
  // the tenant's answers, tagged with the step that asked
  | { readonly type: 'identified'; readonly step: number; readonly response: IdentifyResponse }
  | { readonly type: 'identifyFailed'; readonly step: number; readonly failure: Failure }
  | { readonly type: 'enrolled'; readonly step: number; readonly response: EnrollResponse }
  | { readonly type: 'enrollFailed'; readonly step: number; readonly failure: Failure }
  | { readonly type: 'handoverStarted'; readonly step: number; readonly handover: Handover }
  | { readonly type: 'handoverStartFailed'; readonly step: number; readonly failure: Failure }
  | { readonly type: 'handoverPolled'; readonly step: number; readonly status: HandoverStatus }
  | { readonly type: 'handoverPollFailed'; readonly step: number; readonly failure: Failure }
  // the person at the panel
  | { readonly type: 'enrollmentChosen' }
  | { readonly type: 'usernameChanged'; readonly value: string }
  | { readonly type: 'secretChanged'; readonly value: string }
  /** Register card; the key is fresh from the controller and used unless a retry must reuse one. */
  | { readonly type: 'submitted'; readonly idempotencyKey: string }
  /** Use your phone, instead of typing a password on the shared panel. */
  | { readonly type: 'handoverChosen' }
  | { readonly type: 'cancelled' }
  | { readonly type: 'retried' }
  | { readonly type: 'wentBack' }
  | { readonly type: 'moreTimeRequested' }
  | { readonly type: 'loggedOut' }
  // timers, tagged with the step that armed them
  | { readonly type: 'timeoutWarned'; readonly step: number }
  | { readonly type: 'timedOut'; readonly step: number }
  // the host platform
  | { readonly type: 'hostSessionEnded' };
