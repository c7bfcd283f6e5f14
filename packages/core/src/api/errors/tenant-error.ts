import type { apiPaths } from '../contract';
import type { Failure, FailureKind } from '../failure';

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

/** The member of the Failure union with the given kind. */
export type FailureOf<K extends FailureKind> = Extract<Failure, { readonly kind: K }>;

/** Registered symbol, so a TenantError from another frame or bundle copy is still recognised. */
export const tenantErrorBrand: unique symbol = Symbol.for('cardenroll.core.TenantError');

/**
 * Base of every error the tenant client throws: a fixed `name`, the `failure` the flow consumes and
 * the request context. Messages are fixed text, so no user input can leak into a log through them.
 */
export class TenantError<F extends Failure = Failure> extends Error {
  override readonly name: string = 'TenantError';
  readonly [tenantErrorBrand] = true;
  readonly failure: F;
  readonly operation: TenantOperation;
  readonly status: number | undefined;
  readonly attempts: number | undefined;

  constructor(failure: F, context: TenantErrorContext, what: string, options?: ErrorOptions) {
    super(
      `${context.operation}: ${what}${context.status === undefined ? '' : ` (HTTP ${context.status})`}`,
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
