// The soak's cycles, run inside the page so that thousands take minutes: the reader's burst as keydown
// events on the focused element (the wedge listens on window, capture phase), taps as clicks on the
// buttons, typing as input events on the fields. The app's own listeners receive all of them.

/**
 * @typedef {object} SoakCycleOptions
 * @property {number} from the first cycle's index; cycle i swipes the card 1000000 + i in hex, new each time
 * @property {number} count
 * @property {{ username: string, password: string }} credentials
 * @property {{ idle: string, prompt: string, signedIn: string, handover: string }} headings
 * @property {string} installerView the label of the installer view's region on the prompt
 * @property {number} stepTimeoutMs a screen that does not come within this fails the soak
 */

/**
 * Runs `count` enroll → log out cycles: swipe a new card, wait for the prompt with its installer view,
 * tap Enrollment, tap Use your phone, wait for the hand-over's code, tap Back, type the credentials, tap
 * Register card, wait for signed in, tap Log out, wait for idle. The installer view and the hand-over are
 * parts loaded on demand (decision 0025): each cycle mounts and unmounts both. Resolves with the
 * milliseconds the cycles took.
 * It keeps nothing between cycles; it clears the browser's resource-timing buffer after each cycle, which
 * would otherwise fill with 250 entries that are the browser's, not the app's.
 *
 * Serialized into the page: it must not close over anything.
 * @param {SoakCycleOptions} options
 * @returns {Promise<number>}
 */
export async function runSoakCycles({ from, count, credentials, headings, installerView, stepTimeoutMs }) {
  let cycle = from;
  /** @param {string} selector @param {string} text @returns {HTMLElement | undefined} */
  const find = (selector, text) =>
    /** @type {HTMLElement[]} */ ([...document.querySelectorAll(selector)]).find(
      (element) => (element.textContent ?? '').trim() === text,
    );
  /**
   * @template T
   * @param {string} what
   * @param {() => T | null | undefined} test
   * @returns {Promise<T>}
   */
  const until = (what, test) =>
    new Promise((resolve, reject) => {
      const now = test();
      if (now) {
        resolve(now);
        return;
      }
      const observer = new MutationObserver(() => {
        const found = test();
        if (!found) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(found);
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        const shown = [...document.querySelectorAll('h1, h2, h3, [role="heading"]')]
          .map((element) => (element.textContent ?? '').trim())
          .join(' / ');
        reject(
          new Error(`soak cycle ${cycle}: no ${what} within ${stepTimeoutMs} ms; the page shows: ${shown}`),
        );
      }, stepTimeoutMs);
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  /** @param {string} text */
  const heading = (text) => until(`heading "${text}"`, () => find('h1, h2, h3, [role="heading"]', text));
  /** @param {string} text */
  const tap = async (text) => {
    const button = await until(`enabled button "${text}"`, () => {
      const found = /** @type {HTMLButtonElement | undefined} */ (find('button', text));
      return found && !found.disabled ? found : null;
    });
    button.click();
  };
  /**
   * The reader's keys, 5 ms apart by their time stamps, ending now. The wedge tells a reader from a person
   * by the gaps between time stamps; a synthetic event's is the moment it was created, so a stall of this
   * busy machine between two keys would otherwise make a reader's burst look like typing.
   * @param {readonly string[]} keys the card's characters, then Enter
   */
  const swipe = (keys) => {
    const target = document.activeElement ?? document.body;
    const end = performance.now();
    keys.forEach((key, index) => {
      const timeStamp = end - (keys.length - 1 - index) * 5;
      for (const type of ['keydown', 'keyup']) {
        const event = new KeyboardEvent(type, { key, bubbles: true, cancelable: true, composed: true });
        Object.defineProperty(event, 'timeStamp', { value: timeStamp });
        target.dispatchEvent(event);
      }
    });
  };
  /** @param {string} name @param {string} value */
  const type = async (name, value) => {
    const field = await until(
      `field ${name}`,
      () => /** @type {HTMLInputElement | null} */ (document.querySelector(`input[name="${name}"]`)),
    );
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  };

  const started = performance.now();
  for (; cycle < from + count; cycle++) {
    swipe([...(0x1000000 + cycle).toString(16).toUpperCase(), 'Enter']);
    await heading(headings.prompt);
    await until(`the ${installerView}`, () => document.querySelector(`[aria-label="${installerView}"]`));
    await tap('Enrollment');
    await tap('Use your phone');
    await heading(headings.handover);
    await until('the hand-over code', () => document.querySelector('.screen--handover img'));
    await tap('Back');
    await type('username', credentials.username);
    await type('secret', credentials.password);
    await tap('Register card');
    await heading(headings.signedIn);
    await tap('Log out');
    await heading(headings.idle);
    performance.clearResourceTimings();
  }
  return performance.now() - started;
}
