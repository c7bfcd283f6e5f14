/**
 * A failed portal call as plain data, so a page can pick its message without inspecting errors.
 * The problem codes are those of docs/portal-api.md; the last four are the client's own.
 */
export type PortalFailure =
  | { readonly kind: 'not_signed_in' }
  | { readonly kind: 'invalid_credentials'; readonly attemptsLeft?: number }
  | { readonly kind: 'account_locked'; readonly lockedUntil?: string }
  | { readonly kind: 'csrf_rejected' }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'not_found' }
  | { readonly kind: 'card_already_assigned' }
  | { readonly kind: 'card_limit_reached' }
  | { readonly kind: 'invalid_card_number' }
  | { readonly kind: 'invalid_request' }
  | { readonly kind: 'handover_expired' }
  | { readonly kind: 'too_many_attempts' }
  | { readonly kind: 'weak_password' }
  | { readonly kind: 'wrong_password'; readonly attemptsLeft?: number }
  | { readonly kind: 'conflict' }
  /** A directory the answer depends on cannot be asked now (503); nothing was counted against the user. */
  | { readonly kind: 'service_unavailable' }
  /** No answer at all: offline, DNS, refused, or the service is down behind a proxy that drops it. */
  | { readonly kind: 'unreachable' }
  /** A 5xx, or a problem code this portal does not know. */
  | { readonly kind: 'server'; readonly status: number }
  /** An answer that is not the API's shape. */
  | { readonly kind: 'malformed_response' }
  /** A bug on this page rather than an answer of the service. */
  | { readonly kind: 'unexpected' };

export type PortalFailureKind = PortalFailure['kind'];
