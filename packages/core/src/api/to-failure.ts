import type { Failure } from './failure';
import { isTenantError } from './is-tenant-error';

/**
 * Any thrown value as the Failure the flow consumes. A value that is not a TenantError maps to
 * `network`: the only one the client lets through is a platform error from fetch, which means no connection.
 */
export function toFailure(error: unknown): Failure {
  return isTenantError(error) ? error.failure : { kind: 'network' };
}
