/**
 * A failed API call as plain data, so the pure flow can decide what the panel shows.
 * The client turns every thrown error into exactly one of these (see `toFailure`).
 */
export type Failure =
  | { readonly kind: 'invalid_credentials'; readonly attemptsLeft?: number }
  | { readonly kind: 'card_already_assigned' }
  /** The user already has the most cards the tenant allows (policy `refuse`). */
  | { readonly kind: 'card_limit_reached' }
  | { readonly kind: 'account_locked'; readonly lockedUntil?: string }
  | { readonly kind: 'too_many_attempts'; readonly retryAfterSeconds?: number }
  | { readonly kind: 'enrollment_disabled' }
  | { readonly kind: 'enrollment_expired' }
  | { readonly kind: 'invalid_card_number' }
  | { readonly kind: 'invalid_terminal' }
  | { readonly kind: 'invalid_request' }
  | { readonly kind: 'handover_expired' }
  /** The tenant did not answer in time. */
  | { readonly kind: 'timeout' }
  /** No connection: DNS, refused, offline. */
  | { readonly kind: 'network' }
  /** 5xx, or a problem with a code this panel does not know. */
  | { readonly kind: 'server'; readonly status?: number; readonly retryAfterSeconds?: number }
  /** An answer that is not the contract's shape. */
  | { readonly kind: 'malformed_response' };

export type FailureKind = Failure['kind'];
