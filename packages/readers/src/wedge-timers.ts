/** The timers and clock the wedge uses to notice silence; injectable so tests run on a fake clock. */
export interface WedgeTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Milliseconds on any monotonic-enough scale: only differences of it are used. */
  now(): number;
}

/** The page's own timers; `performance.now` where the panel browser has it, as it does not jump with the wall clock. */
export const browserWedgeTimers: WedgeTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () =>
    typeof performance !== 'undefined' && typeof performance.now === 'function'
      ? performance.now()
      : Date.now(),
};
