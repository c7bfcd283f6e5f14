// The floor: the same key burst into a bare page that paints one line of text on Enter. What no app can beat
// in this browser on this machine: input dispatch, one DOM change, and two animation frames.
import { randomCard, throttleCpu, typeBurst } from './browser.mjs';
import { arm, probeDone, settle } from './in-page.mjs';
import { installProbe } from './probe.mjs';

// Not the product: an inline script in a page of its own, with no policy in the way.
const bare = `<!doctype html><meta charset="utf-8"><title>floor</title><h1 id="line">Ready</h1>
<script>
  let count = 0;
  addEventListener('keydown', (event) => {
    if (event.key === 'Enter') document.getElementById('line').textContent = 'Painted ' + ++count;
  });
</script>`;

/**
 * @param {import('playwright-core').Browser} browser
 */
export async function openFloor(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent(bare);
  await page.evaluate(installProbe, { coldWant: null });
  const session = await context.newCDPSession(page);
  let count = 0;
  return {
    /**
     * Keydown Enter → the new line painted, in milliseconds, per iteration.
     * @param {{ rate: number, warmups: number, iterations: number }} plan
     * @returns {Promise<number[]>}
     */
    async measure({ rate, warmups, iterations }) {
      await page.bringToFront();
      await throttleCpu(session, rate);
      /** @type {number[]} */
      const samples = [];
      try {
        for (let i = 0; i < warmups + iterations; i++) {
          count += 1;
          await arm(page, `Painted ${count}`, 'Enter');
          await typeBurst(session, randomCard());
          const elapsed = await probeDone(page, 'floor');
          if (i >= warmups) samples.push(elapsed);
          await settle(page);
        }
      } finally {
        await throttleCpu(session, 1);
      }
      return samples;
    },
    close: () => context.close(),
  };
}
