// One shell's panel, loaded as the page itself (as a printer's panel browser loads it), driven as a person
// and the shell's card reader would, and timed in the page.
import { randomCard, throttleCpu, typeBurst } from './browser.mjs';
import { BENCH_CONTEXT_ID, workpathReports } from './card-reads.mjs';
import { arm, lastRequestMs, probeDone, settle } from './in-page.mjs';
import { installProbe } from './probe.mjs';
import { installWorkpathHost } from './workpath-host.mjs';

export const texts = /** @type {const} */ ({
  idle: 'Swipe your card',
  prompt: 'This card is not registered',
  notSetUp: 'This printer is not set up yet',
  signedIn: 'Signed in as Alice Martin',
  handover: 'Register with your phone',
  installerView: 'Installer view',
});
// The tenant calls, as packages/core/src/api/contract.ts names them.
const identifyPath = '/api/v1/cards/identify';
const enrollPath = '/api/v1/cards/enroll';
export const alice = /** @type {const} */ ({ username: 'alice', password: 'alice-demo-pass' });

/**
 * How a shell's reader hands over a card: a wedge reader types `keys(card)` and Enter into the page; the
 * Workpath host forwards HID reports over its bridge.
 * @typedef {{ kind: 'wedge', keys: (card: string) => string } | { kind: 'bridge' }} Reader
 */

/**
 * Opens `url` (a panel host's index.html) at 800x480 in a context of its own, with the probe in the page
 * and, for the bridge reader, the Workpath host. Fails at once if the panel does not reach "Swipe your card".
 * @param {import('playwright-core').Browser} browser
 * @param {{ url: string, name: string, reader: Reader }} options
 */
export async function openPanel(browser, { url, name, reader }) {
  // A panel is a touch screen: buttons are tapped (touch events, then the click the browser makes of
  // them), and no mouse pointer is left hovering over the next screen's buttons (issue 17).
  const context = await browser.newContext({ viewport: { width: 800, height: 480 }, hasTouch: true });
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // The idle heading is timed from each document's time origin (the cold start); arming resets it.
  await page.addInitScript(installProbe, { coldWant: texts.idle });
  if (reader.kind === 'bridge')
    await page.addInitScript(installWorkpathHost, { contextId: BENCH_CONTEXT_ID });
  await page.goto(url);
  await page.getByRole('heading', { name: new RegExp(`^(${texts.idle}|${texts.notSetUp})$`) }).waitFor();
  if ((await page.getByRole('heading', { name: texts.notSetUp }).count()) > 0) {
    throw new Error(
      `${name}: the panel says "${texts.notSetUp}": ${await page.locator('body').textContent()}`,
    );
  }
  const session = await context.newCDPSession(page);
  let ordinal = 1;

  /** Anything the page logged as an error makes its figures suspect: stop the run and say what. */
  function assertNoErrors() {
    if (errors.length > 0) throw new Error(`${name}: the page logged errors: ${errors.join(' | ')}`);
  }

  /** For a failure's message: the page's headings and anything it logged as an error. */
  async function whatIsShown() {
    const headings = await page
      .locator('h1, h2, h3, [role="heading"]')
      .allTextContents()
      .catch(() => ['(the page could not be read)']);
    return `the page shows: ${headings.join(' / ') || 'no heading'}; its errors: ${errors.join(' | ') || 'none'}`;
  }

  async function backToIdle() {
    await page.getByRole('heading', { name: texts.idle }).waitFor();
    await settle(page);
  }

  /** The reader delivers `card`; the probe starts at Enter (wedge) or at the completing report (bridge). */
  async function presentCard(/** @type {string} */ card) {
    if (reader.kind === 'wedge') {
      await arm(page, texts.prompt, 'Enter');
      await typeBurst(session, reader.keys(card));
      return;
    }
    await arm(page, texts.prompt, 'bridge');
    const { reports, nextOrdinal } = workpathReports(card, ordinal);
    ordinal = nextOrdinal;
    await page.evaluate((list) => /** @type {any} */ (window).__benchHost.deliver(list), reports);
  }

  /** A new unknown card up to the prompt; returns its start mark → prompt painted. */
  async function swipeToPrompt() {
    await presentCard(randomCard());
    return probeDone(page, `${name}: swipe → prompt`);
  }

  /**
   * Runs `once` warmups + iterations times at CPU throttle `rate`, keeping the samples after the warm-ups:
   * the measured interval, and the tenant call within it (NaN where there is none).
   * @param {{ rate: number, warmups: number, iterations: number }} plan
   * @param {() => Promise<{ elapsed: number, tenant: number }>} once
   */
  async function series({ rate, warmups, iterations }, once) {
    await page.bringToFront();
    await throttleCpu(session, rate);
    /** @type {number[]} */
    const samples = [];
    /** @type {number[]} */
    const tenant = [];
    try {
      for (let i = 0; i < warmups + iterations; i++) {
        const sample = await once();
        if (i < warmups) continue;
        samples.push(sample.elapsed);
        tenant.push(sample.tenant);
      }
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : error}; ${await whatIsShown()}`, {
        cause: error,
      });
    } finally {
      await throttleCpu(session, 1);
    }
    assertNoErrors();
    return { samples, tenant };
  }

  return {
    /**
     * Swipe → prompt painted: the card's last key (Enter) or completing report to "This card is not
     * registered" painted; then Cancel.
     * @param {{ rate: number, warmups: number, iterations: number }} plan
     */
    swipe: (plan) =>
      series(plan, async () => {
        const elapsed = await swipeToPrompt();
        const tenant = await lastRequestMs(page, identifyPath);
        await page.getByRole('button', { name: 'Cancel' }).tap();
        await backToIdle();
        return { elapsed, tenant };
      }),

    /**
     * Register card → signed in painted: the click on Register card to "Signed in as Alice Martin"
     * painted, after a new card's prompt, Enrollment and alice's credentials; then Log out.
     * @param {{ rate: number, warmups: number, iterations: number }} plan
     */
    register: (plan) =>
      series(plan, async () => {
        await swipeToPrompt();
        await page.getByRole('button', { name: 'Enrollment' }).tap();
        await page.getByRole('textbox', { name: 'Username' }).fill(alice.username);
        await page.getByLabel(/^Password/).fill(alice.password);
        await settle(page);
        await arm(page, texts.signedIn, 'Register card');
        await page.getByRole('button', { name: 'Register card' }).tap();
        const elapsed = await probeDone(page, `${name}: register`);
        const tenant = await lastRequestMs(page, enrollPath);
        await page.getByRole('button', { name: 'Log out' }).tap();
        await backToIdle();
        return { elapsed, tenant };
      }),

    /**
     * Cold start → reader armed: the page reloaded, from its time origin (navigation start) to "Swipe your
     * card" painted; the shell connects its card source before its first render. For the bridge reader,
     * the later of that and the moment the panel got its accessory context from the host.
     * @param {{ rate: number, warmups: number, iterations: number }} plan
     */
    coldStart: (plan) =>
      series(plan, async () => {
        await page.reload({ waitUntil: 'commit' });
        let elapsed = await probeDone(page, `${name}: cold start`);
        if (reader.kind === 'bridge') {
          const armedAt = await page.waitForFunction(() => /** @type {any} */ (window).__benchHost.armedAt);
          elapsed = Math.max(elapsed, Number(await armedAt.jsonValue()));
        }
        await backToIdle();
        return { elapsed, tenant: Number.NaN };
      }),

    /** The page itself, for drivers of their own (the soak). */
    page,
    assertNoErrors,
    close: () => context.close(),
  };
}
