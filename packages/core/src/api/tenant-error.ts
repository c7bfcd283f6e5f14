import type { apiPaths } from './contract';
import type { Failure } from './failure';

/** The call that failed; the only request context an error carries (never the secret or the key). */
export type TenantOperation = keyof typeof apiPaths | 'pollHandover';

/** What a log line needs to explain a failure, and nothing a log must not hold. */
export interface TenantErrorContext {
  readonly operation: TenantOperation;
  /** HTTP status, when the tenant answered at all. */
  readonly status?: number;
  /** Requests sent for this call, retries included. */
  readonly attempts?: number;
}

/** Registered symbol, so a TenantError from another frame or bundle copy is still recognised. */
export const tenantErrorBrand: unique symbol = Symbol.for('cardenroll.core.TenantError');

/**
 * The one error the tenant client throws. What went wrong is data, the `failure` the flow consumes, so a
 * problem code, a timeout and a lost connection are all this class (ky's style: one class per kind of
 * data, not per code; decision 0012). The message is built from our own operation and failure names
 * only, so no user input can leak into a log through it.
 */
export class TenantError extends Error {
  override readonly name = 'TenantError';
  readonly [tenantErrorBrand] = true;
  readonly failure: Failure;
  readonly operation: TenantOperation;
  readonly status: number | undefined;
  readonly attempts: number | undefined;

  constructor(failure: Failure, context: TenantErrorContext, options?: ErrorOptions) {
    super(
      `${context.operation}: ${failure.kind}${context.status === undefined ? '' : ` (HTTP ${context.status})`}`,
      options,
    );
    this.failure = failure;
    this.operation = context.operation;
    this.status = context.status;
    this.attempts = context.attempts;
  }

  /** Logs and telemetry serialise errors; keep that to the safe, useful fields. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      operation: this.operation,
      status: this.status,
      attempts: this.attempts,
      failure: this.failure,
    };
  }
}
