import type { Signal } from '@preact/signals';
import { toPortalFailure } from './api/portal-error';
import type { PortalFailure } from './api/portal-failure';

/** Data a page loads from the service: on its way, there, or failed with the reason. */
export type Remote<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly value: T }
  | { readonly status: 'failed'; readonly failure: PortalFailure };

export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly failure: PortalFailure };

/** Runs a call and returns its outcome as data, so no page needs a try/catch. */
export async function attempt<T>(call: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, failure: toPortalFailure(error) };
  }
}

/**
 * Loads into `target`, keeping only the latest of overlapping loads (a quick second search must not be
 * overwritten by the first one's late answer).
 */
export function loader<T>(target: Signal<Remote<T>>, call: () => Promise<T>): () => Promise<void> {
  let latest = 0;
  return async () => {
    const mine = ++latest;
    target.value = { status: 'loading' };
    const outcome = await attempt(call);
    if (mine !== latest) return;
    target.value = outcome.ok
      ? { status: 'loaded', value: outcome.value }
      : { status: 'failed', failure: outcome.failure };
  };
}
