/** Which endpoint a fault hits. */
export type FaultTarget = 'identify' | 'enroll' | 'both';

/**
 * A way the tenant misbehaves, as data so the simulator can show and flip it. `slow` delays before the
 * tenant acts; `late` acts at once and delays only the answer (the enrollment happened, the panel may not know).
 */
export type Fault =
  | { readonly kind: 'slow'; readonly ms: number; readonly target: FaultTarget }
  | { readonly kind: 'late'; readonly ms: number; readonly target: FaultTarget }
  | { readonly kind: 'timeout'; readonly target: FaultTarget }
  | { readonly kind: 'unreachable'; readonly target: FaultTarget }
  | {
      readonly kind: 'server_error';
      readonly status: number;
      readonly retryAfterSeconds?: number;
      readonly target: FaultTarget;
    }
  | { readonly kind: 'malformed_json'; readonly target: FaultTarget }
  | { readonly kind: 'unknown_problem_code'; readonly target: FaultTarget };

/** The tenant takes `ms` before it handles the request. */
export const tenantSlow = (ms: number, target: FaultTarget = 'both'): Fault => ({ kind: 'slow', ms, target });

/** The tenant never answers; the request ends only when the client aborts it. */
export const tenantTimeout = (target: FaultTarget = 'both'): Fault => ({ kind: 'timeout', target });

/** No connection at all (DNS, refused, offline): fetch rejects with a network error. */
export const tenantUnreachable = (target: FaultTarget = 'both'): Fault => ({ kind: 'unreachable', target });

/** A 5xx from the tenant or a proxy in front of it, with an HTML body as such proxies send. */
export const serverError = (status = 500, target: FaultTarget = 'both'): Fault => ({
  kind: 'server_error',
  status,
  target,
});

/** 502 from the tenant's gateway. */
export const badGateway = (target: FaultTarget = 'both'): Fault => serverError(502, target);

/** 503 with Retry-After: the tenant is down for maintenance or overloaded. */
export const serviceUnavailable = (retryAfterSeconds = 30, target: FaultTarget = 'both'): Fault => ({
  kind: 'server_error',
  status: 503,
  retryAfterSeconds,
  target,
});

/** A success status whose JSON body is cut off. */
export const malformedJson = (target: FaultTarget = 'both'): Fault => ({ kind: 'malformed_json', target });

/** A problem+json answer with a code this contract does not define (a newer tenant). */
export const unknownProblemCode = (target: FaultTarget = 'both'): Fault => ({
  kind: 'unknown_problem_code',
  target,
});

/** The tenant handles the request at once but its answer arrives `ms` later. */
export const lateResponse = (ms: number, target: FaultTarget = 'both'): Fault => ({
  kind: 'late',
  ms,
  target,
});

/** The fault in force, consulted by the handlers on every request so it can be flipped live. */
export interface FaultSwitch {
  readonly current: Fault | null;
  set(fault: Fault | null): void;
}

/** A switch that starts with no fault (or `initial`). */
export function createFaultSwitch(initial: Fault | null = null): FaultSwitch {
  let current = initial;
  return {
    get current() {
      return current;
    },
    set(fault) {
      current = fault;
    },
  };
}

/** Whether `fault` applies to a request to `endpoint`; a phone hand-over is a registration too. */
export function faultHits(fault: Fault | null, endpoint: 'identify' | 'enroll' | 'handover'): fault is Fault {
  if (fault === null) return false;
  const target = endpoint === 'handover' ? 'enroll' : endpoint;
  return fault.target === 'both' || fault.target === target;
}
