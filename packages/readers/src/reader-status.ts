/**
 * What a card source knows about its reader, for the panel and the simulator to show. Sources that talk to
 * hardware (WebHID, the Workpath bridge) report it; a keyboard wedge cannot know whether a reader is there.
 */
export type ReaderStatus =
  /** This browser or host has no way to reach the reader (no `navigator.hid`, no host bridge). */
  | { readonly kind: 'unsupported' }
  /** No reader this page may use: a person must grant one (WebHID's chooser) or the host must allow it. */
  | { readonly kind: 'no-permission' }
  /** Armed and looking for the reader; nothing is known yet. */
  | { readonly kind: 'waiting-for-device' }
  | { readonly kind: 'connected'; readonly productName: string }
  /** The reader went away (unplugged, host asleep); the source resumes by itself when it returns. */
  | { readonly kind: 'disconnected' }
  | { readonly kind: 'error'; readonly message: string };

export type ReaderStatusListener = (status: ReaderStatus) => void;

/** Wraps `onStatus` so a status equal to the last one is not reported again: panels re-render on each call. */
export function createStatusReporter(onStatus: ReaderStatusListener | undefined): ReaderStatusListener {
  let last: string | undefined;
  return (status) => {
    const key = JSON.stringify(status);
    if (key === last) return;
    last = key;
    onStatus?.(status);
  };
}
