/** One complete, de-duplicated card read, before the tenant's conversion. */
export interface Swipe {
  /** The characters or hex digits the reader delivered. */
  readonly read: string;
  /** Which source produced it, for diagnostics ('keyboard-wedge', 'simulated', …). */
  readonly source: string;
}

export type SwipeListener = (swipe: Swipe) => void;

/**
 * A port for anything that produces swipes: a keyboard-wedge reader, a WebHID reader, the Workpath
 * accessory bridge, the simulator. Starting arms the reader; the returned function disarms it.
 */
export interface CardSource {
  readonly name: string;
  start(listener: SwipeListener): () => void;
}
