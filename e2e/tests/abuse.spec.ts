import { expect, test } from '../support/fixtures';
import { demo } from '../support/journeys';
import { Reader } from '../support/reader';

// What people and readers do to a shared panel: the flow stays coherent, and a submit sends one request.
test.describe('abuse at the panel', () => {
  test('20 different cards within a second: the panel ends on the last one', async ({
    page,
    simulator,
    panel,
  }) => {
    const cards = Array.from({ length: 20 }, (_, i) => `C0FF${String(i).padStart(2, '0')}`);
    // Six characters and Enter take 35 ms at the reader's pace: 45 ms apart, all twenty in 0.9 s.
    await new Reader(page, simulator.frame).swipeEach(cards, 0.045);
    await expect(panel.prompt.heading).toBeVisible();
    await expect(panel.prompt.card).toHaveText('Card •••• FF19');
  });

  test('Register card tapped 10 times at once sends one registration', async ({
    simulator,
    panel,
    reader,
  }) => {
    await reader.swipe(demo.unknownCards[0]);
    await panel.prompt.enroll();
    await panel.credentials.fill(demo.alice);
    // Ten clicks in one task, before the panel can even redraw: only the first may count.
    await panel.credentials.registerCard.evaluate((button: HTMLButtonElement) => {
      for (let i = 0; i < 10; i += 1) button.click();
    });
    await expect(panel.signedIn.heading(demo.alice.displayName)).toBeVisible();
    await expect(simulator.registrationRequests).toHaveText('Registration requests received: 1');
    await expect(simulator.registrations).toHaveText('Cards registered at the panel: 1');
  });

  test('a swipe while the card is being registered is ignored', async ({ simulator, panel, reader }) => {
    await reader.swipe(demo.unknownCards[1]);
    await panel.prompt.enroll();
    await simulator.setFaultTarget('Registration only');
    await simulator.setTenant('Slow (4 s per answer)');
    await panel.credentials.register(demo.alice);
    await expect(panel.busy.registeringCard).toBeVisible();
    await reader.swipe(demo.unknownCards[2]);
    await expect(panel.signedIn.heading(demo.alice.displayName)).toBeVisible({ timeout: 10_000 });
    await expect(simulator.registrationRequests).toHaveText('Registration requests received: 1');
  });

  test('keys pressed on every screen leave the flow where it was', async ({ page, panel, reader }) => {
    const mash = async () => {
      // A person's pace: far slower than a reader, so none of it is a card.
      await page.keyboard.type('hello 42 ', { delay: 60 });
      await page.keyboard.press('Escape');
      await page.keyboard.press('Tab');
    };
    await panel.idle.heading.click();
    await mash();
    await expect(panel.idle.heading).toBeVisible();

    await reader.swipe(demo.unknownCards[3]);
    await expect(panel.prompt.heading).toBeVisible();
    await panel.prompt.heading.click();
    await mash();
    await expect(panel.prompt.heading).toBeVisible();

    await panel.prompt.enroll();
    await panel.credentials.heading.click();
    await mash();
    await expect(panel.credentials.heading).toBeVisible();
    await panel.credentials.register(demo.alice);
    await expect(panel.signedIn.heading(demo.alice.displayName)).toBeVisible();
    await panel.signedIn.heading(demo.alice.displayName).click();
    await mash();
    await expect(panel.signedIn.heading(demo.alice.displayName)).toBeVisible();
  });
});
