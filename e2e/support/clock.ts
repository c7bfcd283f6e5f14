import type { Page } from '@playwright/test';
import type { Simulator } from '../pages/Simulator';

/**
 * Fakes the page's clock and swipes a card with the simulator's virtual reader while that clock stands
 * still, then lets it run on. Playwright's clock re-times every event to the fake `performance.now()` at
 * the moment the page first reads its time stamp; a running fake clock follows real time, so on a loaded
 * machine two keys of one burst could land further apart than the wedge's 35 ms and the swipe would be
 * taken for typing. Held still, every key of the burst has the same time, as a reader's keys nearly do.
 */
export async function swipeOnFakeClock(page: Page, simulator: Simulator, card: string): Promise<void> {
  await page.clock.install();
  // A little ahead of now, so pausing never has to move the page's clock backwards.
  await page.clock.pauseAt(Date.now() + 5_000);
  await simulator.swipeWithVirtualReader(card);
  await page.clock.resume();
}
