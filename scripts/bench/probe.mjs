// The in-page stopwatch: from an input (Enter, a button's click, or the document's time origin) to the
// moment a heading with a given text has been painted.

/**
 * @typedef {object} ProbeOptions
 * @property {string | null} coldWant a heading to time from the document's time origin, without arming
 * @property {string | null} [frameName] install only in documents whose window has this name, so a page
 *   around a framed panel carries no probe at all
 */

/**
 * Installed with `page.addInitScript`, so it runs in every document of the page (the panel frame
 * included) before the document's own scripts: its capture-phase listeners on `window` come before the
 * app's, and no work of the app runs between the input and the start mark.
 *
 * In the page, `window.__bench.arm(want, startOn)` resets it and `window.__bench.done` is then a promise
 * of the elapsed milliseconds, so the driver awaits it instead of polling the page while it works;
 * `startOn` is `'Enter'` (the first Enter keydown), `'bridge'` (the first `mark('bridge')`, see
 * workpath-host.mjs), a button's text (its first click), or null (the time origin, 0). When a heading (`h1`–`h3`,
 * `role=heading`) whose text is `want` appears, it waits two animation frames, so the frame that shows
 * the heading has been painted, and records `performance.now()` as `paintAt`.
 *
 * Serialized into the page: it must not close over anything.
 * @param {ProbeOptions} options
 */
export function installProbe({ coldWant, frameName = null }) {
  const w = /** @type {any} */ (window);
  if (w.__bench || (frameName !== null && window.name !== frameName)) return;
  const probe = {
    /** @type {string | null} */ want: null,
    /** @type {string | null} */ startOn: null,
    /** @type {number | null} */ startAt: null,
    /** @type {number | null} */ paintAt: null,
    seen: false,
    /** Settles with the elapsed milliseconds once the heading has been painted. */
    /** @type {Promise<number>} */ done: new Promise(() => {}),
    /** @type {(elapsed: number) => void} */ finish: () => {},
    /**
     * The start of the interval, for a start the page cannot see as an input event (`'bridge'`: a card
     * completed by the Workpath host's report); only the first mark after arming counts.
     * @param {string} kind
     */
    mark(kind) {
      if (probe.startOn === kind && probe.startAt === null) probe.startAt = performance.now();
    },
    /** @param {string} want @param {string | null} startOn */
    arm(want, startOn) {
      probe.want = want;
      probe.startOn = startOn;
      probe.startAt = startOn === null ? 0 : null;
      probe.paintAt = null;
      probe.seen = false;
      probe.done = new Promise((resolve) => {
        probe.finish = resolve;
      });
      check();
    },
  };
  w.__bench = probe;

  function check() {
    if (probe.want === null || probe.seen) return;
    const headings = document.querySelectorAll('h1, h2, h3, [role="heading"]');
    for (const heading of headings) {
      if ((heading.textContent ?? '').trim() !== probe.want) continue;
      probe.seen = true;
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const paintAt = performance.now();
          probe.paintAt = paintAt;
          // A start that never came (no Enter, no click) leaves `done` pending: the caller's timeout says so.
          if (probe.startAt !== null) probe.finish(paintAt - probe.startAt);
        }),
      );
      return;
    }
  }

  addEventListener(
    'keydown',
    (event) => {
      if (probe.startOn === 'Enter' && probe.startAt === null && event.key === 'Enter') {
        probe.startAt = performance.now();
      }
    },
    true,
  );
  /** A button's tap starts at the finger's lift (touchend), before the click the browser makes of it. */
  const onButton = (/** @type {Event} */ event) => {
    if (probe.startOn === null || probe.startOn === 'Enter' || probe.startOn === 'bridge') return;
    if (probe.startAt !== null) return;
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button && (button.textContent ?? '').trim() === probe.startOn) probe.startAt = performance.now();
  };
  addEventListener('touchend', onButton, true);
  addEventListener('click', onButton, true);
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  if (coldWant !== null) probe.arm(coldWant, null);
}
