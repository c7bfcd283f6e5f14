/** What an Idempotency-Key lookup finds. */
export type Replay<T> =
  | { readonly kind: 'new' }
  | { readonly kind: 'replay'; readonly answer: T }
  /** The key was used before for a different request: a client bug, never silently answered. */
  | { readonly kind: 'conflict' };

/** First answers by Idempotency-Key, each with a fingerprint of the request it answered. */
export interface ReplayCache<T> {
  lookup(key: string, fingerprint: string): Replay<T>;
  remember(key: string, fingerprint: string, answer: T): void;
}

/** An in-memory cache; the mock tenant lives as long as a test or a simulator page, so it never evicts. */
export function createReplayCache<T>(): ReplayCache<T> {
  const entries = new Map<string, { fingerprint: string; answer: T }>();
  return {
    lookup(key, fingerprint) {
      const entry = entries.get(key);
      if (entry === undefined) return { kind: 'new' };
      return entry.fingerprint === fingerprint
        ? { kind: 'replay', answer: entry.answer }
        : { kind: 'conflict' };
    },
    remember(key, fingerprint, answer) {
      entries.set(key, { fingerprint, answer });
    },
  };
}
