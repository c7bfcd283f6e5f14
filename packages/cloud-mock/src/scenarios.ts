import { apiPaths, type Problem, type ProblemCode } from '@cardenroll/core';
import { problemOf } from '@cardenroll/tenant';
import { type HttpHandler, http } from 'msw';
import {
  badGateway,
  createFaultSwitch,
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
} from './faults';
import { createTenantHandlers } from './handlers';
import { problemResponse } from './http/respond';
import { tenantEndpoint } from './http/tenant-url';
import type { BackOffice } from './tenant/back-office';

export interface ScenarioOptions {
  readonly tenantUrl: string;
  /** Fault scenarios still let the real tenant answer where the fault allows it (slow, late). */
  readonly office: BackOffice;
  /** The clock for default timestamps such as `lockedUntil`. */
  readonly now?: () => number;
}

const endpointsOf = (target: FaultTarget) =>
  target === 'both' ? (['identify', 'enroll'] as const) : ([target] as const);

/**
 * Named failure scenarios for `server.use(...scenario())` in tests: each returns msw handlers that take
 * precedence over the tenant's own until `server.resetHandlers()`. Problem scenarios ignore the request.
 */
export function createScenarios({ tenantUrl, office, now = Date.now }: ScenarioOptions) {
  const problem = (
    code: ProblemCode,
    target: FaultTarget,
    detail: string,
    extras: Pick<Problem, 'attemptsLeft' | 'lockedUntil'> = {},
    retryAfterSeconds?: number,
  ): HttpHandler[] =>
    endpointsOf(target).map((endpoint) =>
      http.post(tenantEndpoint(tenantUrl, apiPaths[endpoint]), () =>
        problemResponse(problemOf(code, detail, extras), retryAfterSeconds),
      ),
    );
  const fault = (f: Fault): HttpHandler[] =>
    createTenantHandlers({ tenantUrl, office, faults: createFaultSwitch(f) });
  const inOneLockout = () => new Date(now() + office.seed.policy.lockoutMs).toISOString();

  return {
    invalidCredentials: (attemptsLeft?: number, target: FaultTarget = 'enroll') =>
      problem(
        'invalid_credentials',
        target,
        'Unknown username or wrong password.',
        attemptsLeft === undefined ? {} : { attemptsLeft },
      ),
    cardAlreadyAssigned: (target: FaultTarget = 'enroll') =>
      problem('card_already_assigned', target, 'This card is registered to another user.'),
    cardLimitReached: (target: FaultTarget = 'enroll') =>
      problem('card_limit_reached', target, 'This user already has the most cards allowed.'),
    accountLocked: (lockedUntil = inOneLockout(), target: FaultTarget = 'enroll') =>
      problem('account_locked', target, 'Too many wrong secrets in a row.', { lockedUntil }),
    tooManyAttempts: (retryAfterSeconds = 30, target: FaultTarget = 'enroll') =>
      problem('too_many_attempts', target, 'Too many failed attempts on this tenant.', {}, retryAfterSeconds),
    enrollmentDisabled: (target: FaultTarget = 'identify') =>
      problem('enrollment_disabled', target, 'This tenant does not enroll cards.'),
    enrollmentExpired: (target: FaultTarget = 'enroll') =>
      problem('enrollment_expired', target, 'Swipe the card again to start a new enrollment.'),
    invalidCardNumber: (target: FaultTarget = 'identify') =>
      problem('invalid_card_number', target, 'A card number is 1 to 64 characters of 0-9 and A-Z.'),
    invalidTerminal: (target: FaultTarget = 'both') =>
      problem('invalid_terminal', target, 'Unknown or missing terminal key.'),
    invalidRequest: (target: FaultTarget = 'both') =>
      problem('invalid_request', target, 'Malformed request.'),
    /** Every hand-over poll answers 410: nobody confirmed on a phone in time. */
    handoverExpired: (): HttpHandler[] => [
      http.get(tenantEndpoint(tenantUrl, `${apiPaths.startHandover}/:handoverId`), () =>
        problemResponse(problemOf('handover_expired', 'Nobody confirmed this hand-over in time.')),
      ),
    ],
    tenantSlow: (ms: number, target?: FaultTarget) => fault(tenantSlow(ms, target)),
    tenantTimeout: (target?: FaultTarget) => fault(tenantTimeout(target)),
    tenantUnreachable: (target?: FaultTarget) => fault(tenantUnreachable(target)),
    serverError: (status?: number, target?: FaultTarget) => fault(serverError(status, target)),
    badGateway: (target?: FaultTarget) => fault(badGateway(target)),
    serviceUnavailable: (retryAfterSeconds?: number, target?: FaultTarget) =>
      fault(serviceUnavailable(retryAfterSeconds, target)),
    malformedJson: (target?: FaultTarget) => fault(malformedJson(target)),
    unknownProblemCode: (target?: FaultTarget) => fault(unknownProblemCode(target)),
    lateResponse: (ms: number, target?: FaultTarget) => fault(lateResponse(ms, target)),
  };
}

/** The named scenarios of one tenant. */
export type Scenarios = ReturnType<typeof createScenarios>;
