import ky, { isHTTPError, isTimeoutError, type Options, type ResponsePromise } from 'ky';
import { attemptFetch } from './attempt-fetch';
import {
  apiPaths,
  type EnrollRequest,
  type EnrollResponse,
  type Handover,
  type HandoverStatus,
  handoverPath,
  type IdentifyResponse,
} from './contract';
import { errorFromResponse } from './error-from-response';
import { isTenantError } from './is-tenant-error';
import { readContractBody } from './read-contract-body';
import { isEnrollResponse, isHandover, isHandoverStatus, isIdentifyResponse } from './response-guards';
import { startDeadline } from './start-deadline';
import { TenantError, type TenantErrorContext, type TenantOperation } from './tenant-error';

/** How to reach one tenant. Only `tenantUrl` and `terminalKey` are needed; the rest tune retries. */
export interface TenantClientOptions {
  /** Absolute base URL of the tenant, e.g. `https://tenant.example/`; a missing trailing slash is added. */
  readonly tenantUrl: string;
  /** Sent as `Authorization: Bearer <terminalKey>` and nowhere else. */
  readonly terminalKey: string;
  /** Per attempt. Default 8000. */
  readonly timeoutMs?: number;
  /**
   * Retries after the first attempt, for network failures, timeouts and 502/503/504 only. Default 2.
   * Starting a hand-over is never retried: it is not idempotent.
   */
  readonly retries?: number;
  /** The whole call, retries and waits included; past it the call fails as a timeout. Default 20000. */
  readonly deadlineMs?: number;
  /** Wait before retry n (1-based) when the tenant sent no Retry-After. Default: full jitter up to 300·2ⁿ⁻¹ ms. */
  readonly retryDelayMs?: (retry: number) => number;
  /** Cap on a honoured `Retry-After` and on the backoff. Default 3000. */
  readonly maxRetryAfterMs?: number;
  readonly fetch?: typeof fetch;
}

/** Per-call options. Aborting `signal` rejects the call with `signal.reason` itself, never a TenantError. */
export interface CallInit {
  readonly signal?: AbortSignal;
}

/** The terminal's side of the contract in docs/api.md. Every rejection is a TenantError or the abort reason. */
export interface TenantClient {
  /** Looks a card number (after conversion, never a raw read) up; safe to retry, it changes nothing. */
  identify(cardNumber: string, init?: CallInit): Promise<IdentifyResponse>;
  /** Registers the card; one key per user submit, reused on every retry so the tenant registers once. */
  enroll(request: EnrollRequest, idempotencyKey: string, init?: CallInit): Promise<EnrollResponse>;
  /** Opens a phone hand-over for the ticket's card. Sent once: a repeat would open a second hand-over. */
  startHandover(enrollmentToken: string, init?: CallInit): Promise<Handover>;
  /** Asks how a hand-over stands; a read, retried like identify. */
  pollHandover(handoverId: string, init?: CallInit): Promise<HandoverStatus>;
}

const retriedStatuses = [502, 503, 504];

function defaultRetryDelay(retry: number): number {
  // Full jitter, so a room of panels coming back after an outage does not hit the tenant in step.
  return Math.random() * 300 * 2 ** (retry - 1);
}

function prefixUrl(tenantUrl: string): string {
  // URL throws on a relative base; ky under node needs an absolute one anyway.
  const url = new URL(tenantUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError('tenantUrl must be http(s)');
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The one place that speaks HTTP to the tenant (and the only importer of ky). */
export function createTenantClient(options: TenantClientOptions): TenantClient {
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 3000;
  const deadlineMs = options.deadlineMs ?? 20_000;
  const api = ky.create({
    prefixUrl: prefixUrl(options.tenantUrl),
    headers: {
      Authorization: `Bearer ${options.terminalKey}`,
      Accept: 'application/json, application/problem+json',
    },
    timeout: options.timeoutMs ?? 8000,
    retry: {
      limit: options.retries ?? 2,
      // Safe to repeat: identify and the hand-over poll are reads, enroll carries its Idempotency-Key.
      // startHandover turns retries off for itself.
      methods: ['get', 'post'],
      // 429 is the user's too_many_attempts, and other 4xx will not change: neither is retried.
      statusCodes: retriedStatuses,
      afterStatusCodes: retriedStatuses,
      maxRetryAfter: maxRetryAfterMs,
      backoffLimit: maxRetryAfterMs,
      delay: options.retryDelayMs ?? defaultRetryDelay,
      retryOnTimeout: true,
    },
  });
  // Looked up per attempt, as ky does: a test's mock may replace the global fetch after creation.
  const fetchImpl = () => options.fetch ?? globalThis.fetch;

  /**
   * One contract call: `send` makes the request with the options given, `json` is what it posts (none for
   * a GET); the rest is shared.
   */
  async function call<T>(
    operation: TenantOperation,
    send: (options: Options) => ResponsePromise,
    isValid: (value: unknown) => value is T,
    init: CallInit | undefined,
    json?: object,
  ): Promise<T> {
    const deadline = startDeadline(deadlineMs, init?.signal);
    let attempts = 0;
    const context = (status?: number): TenantErrorContext =>
      status === undefined ? { operation, attempts } : { operation, attempts, status };

    // Ky's own errors hold the request and its options (key, secret): only our errors leave this module.
    async function settle(error: unknown): Promise<unknown> {
      try {
        if (init?.signal?.aborted) return init.signal.reason;
        if (isTenantError(error)) return error;
        if (deadline.expired || isTimeoutError(error)) return new TenantError({ kind: 'timeout' }, context());
        if (isHTTPError(error))
          return await errorFromResponse(error.response, context(error.response.status));
        return new TenantError({ kind: 'network' }, context(), { cause: error });
      } catch (readError) {
        // Reading the error body failed: cancelled, out of time, or the connection dropped mid-body.
        if (init?.signal?.aborted) return init.signal.reason;
        if (deadline.expired) return new TenantError({ kind: 'timeout' }, context());
        return new TenantError({ kind: 'network' }, context(), { cause: readError });
      }
    }

    try {
      const response = await send({
        signal: deadline.signal,
        fetch: attemptFetch(fetchImpl, json && JSON.stringify(json), () => {
          attempts += 1;
        }),
      });
      return await readContractBody(response, isValid, context(response.status));
    } catch (error) {
      throw await settle(error);
    } finally {
      deadline.dispose();
    }
  }

  return {
    identify(cardNumber, init) {
      return call('identify', (options) => api.post(apiPaths.identify, options), isIdentifyResponse, init, {
        cardNumber,
      });
    },
    enroll(request, idempotencyKey, init) {
      if (idempotencyKey === '') return Promise.reject(new TypeError('enroll needs an idempotency key'));
      // Copy field by field, so nothing else a caller put on the object reaches the wire.
      const { enrollmentToken, username, secret } = request;
      return call(
        'enroll',
        (options) =>
          api.post(apiPaths.enroll, { ...options, headers: { 'Idempotency-Key': idempotencyKey } }),
        isEnrollResponse,
        init,
        { enrollmentToken, username, secret },
      );
    },
    startHandover(enrollmentToken, init) {
      return call(
        'startHandover',
        (options) => api.post(apiPaths.startHandover, { ...options, retry: { limit: 0 } }),
        isHandover,
        init,
        { enrollmentToken },
      );
    },
    pollHandover(handoverId, init) {
      return call(
        'pollHandover',
        (options) => api.get(handoverPath(handoverId), options),
        isHandoverStatus,
        init,
      );
    },
  };
}
