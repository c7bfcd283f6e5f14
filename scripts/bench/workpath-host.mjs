// The HP Workpath WebView host, played in the page: `window.cardenrollBridge` exists from document start,
// as AndroidX's addWebMessageListener injects it (docs/workpath-bridge.md), so the shell finds it when it
// starts, like on the device.

/**
 * Installed with `page.addInitScript`. The bridge answers the panel's `ready` with a connected reader and
 * an accessory context, each as its own task (a real host's answer crosses processes), and records when
 * the context arrived: from then on a report is read, so that is when the reader is armed.
 *
 * In the page, `window.__benchHost.deliver(reports)` dispatches the reports as `message` events on the
 * bridge, one after the other; just before the last (the one that completes the card) it calls
 * `window.__bench.mark('bridge')`, the start of a swipe, as Enter is for a wedge reader.
 *
 * Serialized into the page: it must not close over anything.
 * @param {{ contextId: string }} options
 */
export function installWorkpathHost({ contextId }) {
  const w = /** @type {any} */ (window);
  if (w.cardenrollBridge) return;
  const channel = new EventTarget();
  /** @param {object} message */
  const send = (message) =>
    channel.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(message) }));
  const host = {
    /** @type {number | null} performance.now() when the panel got its context */
    armedAt: null,
    signIns: 0,
    signOuts: 0,
    /** @param {object[]} reports */
    deliver(reports) {
      reports.forEach((report, index) => {
        if (index === reports.length - 1) w.__bench?.mark('bridge');
        send(report);
      });
    },
  };
  w.__benchHost = host;
  w.cardenrollBridge = {
    /** @param {string} text */
    postMessage(text) {
      /** @type {{ type?: unknown }} */
      let message = {};
      try {
        message = JSON.parse(text);
      } catch {
        return;
      }
      if (message.type === 'ready') {
        setTimeout(() => {
          send({ v: 1, type: 'reader-status', status: 'connected', productName: 'Bench badge reader' });
          setTimeout(() => {
            send({ v: 1, type: 'accessory-context', contextId, state: 'created' });
            host.armedAt = performance.now();
          });
        });
      } else if (message.type === 'sign-in') host.signIns += 1;
      else if (message.type === 'sign-out') host.signOuts += 1;
    },
    addEventListener: channel.addEventListener.bind(channel),
    removeEventListener: channel.removeEventListener.bind(channel),
  };
}
