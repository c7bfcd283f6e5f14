// The Webclient shell's panel in the simulator, driven as a person and a card reader would, timed in the frame.
import { randomCard, throttleCpu, typeBurst } from './browser.mjs';
import { arm, lastRequestMs, probeDone, settle } from './in-page.mjs';
import { installProbe } from './probe.mjs';

const idle = 'Swipe your card';
const prompt = 'This card is not registered';
const signedIn = 'Signed in as Alice Martin';
// The tenant calls, as packages/core/src/api/contract.ts names them.
const identifyPath = '/api/v1/cards/identify';
const enrollPath = '/api/v1/cards/enroll';
const alice = { username: 'alice', password: 'alice-demo-pass' };

/**
 * Opens the simulator around the Webclient shell at 800x480, with the probe in every document of the page.
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl the simulator's URL, ending in /
 */
export async function openPanel(browser, baseUrl) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  // The idle heading is timed from each panel document's time origin (the cold start); arming resets it.
  await page.addInitScript(installProbe, { coldWant: idle, frameName: 'panel' });
  await page.goto(`${baseUrl}?shell=webclient&size=800x480`);
  const frameElement = page.getByTitle('Printer panel');
  const panel = frameElement.contentFrame();
  await panel.getByRole('heading', { name: idle }).waitFor();
  const found = page.frame({ name: 'panel' });
  if (!found) throw new Error('The simulator has no frame named "panel".');
  const frame = found;
  // One session on the page covers the panel frame: it is same-origin, so it renders in the same process.
  const session = await context.newCDPSession(page);

  /** Key focus in the panel, where a wedge reader's keys land. */
  async function focusPanel() {
    const hasFocus = await panel.locator('html').evaluate(() => document.hasFocus());
    if (!hasFocus) await frameElement.focus();
  }

  async function backToIdle() {
    await panel.getByRole('heading', { name: idle }).waitFor();
    await settle(frame);
  }

  /** A new unknown card up to the prompt; returns Enter → prompt painted. */
  async function swipeToPrompt() {
    await focusPanel();
    await arm(frame, prompt, 'Enter');
    await typeBurst(session, randomCard());
    return probeDone(frame, 'swipe → prompt');
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
    } finally {
      await throttleCpu(session, 1);
    }
    return { samples, tenant };
  }

  return {
    /**
     * Swipe → prompt painted: Enter of the burst to "This card is not registered" painted; then Cancel.
     * @param {{ rate: number, warmups: number, iterations: number }} plan
     */
    swipe: (plan) =>
      series(plan, async () => {
        const elapsed = await swipeToPrompt();
        const tenant = await lastRequestMs(frame, identifyPath);
        await panel.getByRole('button', { name: 'Cancel' }).click();
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
        await panel.getByRole('button', { name: 'Enrollment' }).click();
        await panel.getByRole('textbox', { name: 'Username' }).fill(alice.username);
        await panel.getByLabel(/^Password/).fill(alice.password);
        await settle(frame);
        await arm(frame, signedIn, 'Register card');
        await panel.getByRole('button', { name: 'Register card' }).click();
        const elapsed = await probeDone(frame, 'register');
        const tenant = await lastRequestMs(frame, enrollPath);
        await panel.getByRole('button', { name: 'Log out' }).click();
        await backToIdle();
        return { elapsed, tenant };
      }),

    /**
     * Cold start → reader armed: the panel frame reloaded, from its document's time origin (navigation
     * start) to "Swipe your card" painted. The shell connects the card source before its first render.
     * @param {{ rate: number, warmups: number, iterations: number }} plan
     */
    coldStart: (plan) =>
      series(plan, async () => {
        const navigated = page.waitForEvent('framenavigated', (navigatedFrame) => navigatedFrame === frame);
        await page.evaluate(() => {
          const element = /** @type {HTMLIFrameElement | null} */ (
            document.querySelector('iframe[title="Printer panel"]')
          );
          element?.contentWindow?.location.reload();
        });
        await navigated;
        const elapsed = await probeDone(frame, 'cold start');
        await backToIdle();
        return { elapsed, tenant: Number.NaN };
      }),

    close: () => context.close(),
  };
}
