import type { PortalFailure } from './portal-failure';

const name = 'PortalError';

/** What the portal client throws: the failure as data, and the original error or response as `cause`. */
export class PortalError extends Error {
  override readonly name = name;
  readonly failure: PortalFailure;

  constructor(failure: PortalFailure, options?: { cause?: unknown }) {
    super(`Portal call failed: ${failure.kind}`, options);
    this.failure = failure;
  }
}

/** True for a PortalError, also one made by another copy of this module (a test double, a frame). */
export function isPortalError(error: unknown): error is PortalError {
  return error instanceof Error && error.name === name && 'failure' in error;
}

/** The failure behind any thrown value: a PortalError's own, else `unexpected`. */
export function toPortalFailure(error: unknown): PortalFailure {
  return isPortalError(error) ? error.failure : { kind: 'unexpected' };
}
