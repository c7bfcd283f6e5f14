import {
  badGateway,
  type Fault,
  type FaultTarget,
  lateResponse,
  malformedJson,
  serverError,
  serviceUnavailable,
  tenantSlow,
  tenantTimeout,
  tenantUnreachable,
  unknownProblemCode,
} from '@cardenroll/cloud-mock';

/** The tenant behaviours the simulator's switches offer, each a fault of the mock tenant (or none). */
export const tenantModes = [
  { id: 'normal', label: 'Answers normally', fault: () => null },
  { id: 'slow', label: 'Slow (4 s per answer)', fault: (target) => tenantSlow(4_000, target) },
  { id: 'unreachable', label: 'Unreachable', fault: tenantUnreachable },
  { id: 'failing', label: 'Failing (HTTP 500)', fault: (target) => serverError(500, target) },
  { id: 'timeout', label: 'Never answers (times out)', fault: tenantTimeout },
  { id: 'bad-gateway', label: 'Bad gateway (HTTP 502)', fault: badGateway },
  { id: 'busy', label: 'Busy (HTTP 503, Retry-After 1 s)', fault: (target) => serviceUnavailable(1, target) },
  { id: 'malformed', label: 'Malformed JSON', fault: malformedJson },
  { id: 'unknown-code', label: 'A problem code the panel does not know', fault: unknownProblemCode },
  { id: 'late', label: 'Answers 10 s late', fault: (target) => lateResponse(10_000, target) },
] as const satisfies readonly { id: string; label: string; fault: (target: FaultTarget) => Fault | null }[];

export type TenantModeId = (typeof tenantModes)[number]['id'];

/** Which calls a fault hits: the card lookup, the registration, or both. */
export const faultTargets = [
  { id: 'both', label: 'Card lookup and registration' },
  { id: 'identify', label: 'Card lookup only' },
  { id: 'enroll', label: 'Registration only' },
] as const satisfies readonly { id: FaultTarget; label: string }[];
