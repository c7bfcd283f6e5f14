import { swipeOnFakeClock } from '../support/clock';
import { expect, test } from '../support/fixtures';
import { demo } from '../support/journeys';

test.describe('leaving the flow', () => {
  test('Cancel on the prompt returns to idle', async ({ panel, reader }) => {
    await reader.swipe(demo.unknownCards[0]);
    await panel.prompt.cancel();
    await expect(panel.idle.heading).toBeVisible();
  });

  test('Cancel on the credentials screen returns to idle and forgets what was typed', async ({
    panel,
    reader,
  }) => {
    await reader.swipe(demo.unknownCards[0]);
    await panel.prompt.enroll();
    await panel.credentials.fill({ username: 'alice', secret: 'typed-secret' });
    await panel.credentials.cancel();
    await expect(panel.idle.heading).toBeVisible();
    await expect(panel.credentials.secret).toHaveCount(0);

    await reader.swipe(demo.unknownCards[1]);
    await panel.prompt.enroll();
    await expect(panel.credentials.username).toHaveValue('');
    await expect(panel.credentials.secret).toHaveValue('');
  });

  // These tests fake the page's clock, which re-times key events; see swipeOnFakeClock for why they
  // swipe with the simulator's own reader while that clock stands still.
  test('an idle prompt warns, More time keeps it, and then it times out to idle', async ({
    page,
    simulator,
    panel,
  }) => {
    await swipeOnFakeClock(page, simulator, demo.unknownCards[0]);
    await expect(panel.prompt.heading).toBeVisible();

    await page.clock.fastForward('00:21');
    await expect(panel.timeoutWarning.message).toBeVisible();
    await panel.timeoutWarning.moreTime.click();
    await expect(panel.timeoutWarning.message).toBeHidden();
    await expect(panel.prompt.heading).toBeVisible();

    await page.clock.fastForward('00:31');
    await expect(panel.idle.heading).toBeVisible();
  });

  test('the credentials screen times out to idle with the secret gone', async ({
    page,
    simulator,
    panel,
  }) => {
    await swipeOnFakeClock(page, simulator, demo.unknownCards[0]);
    await panel.prompt.enroll();
    await panel.credentials.fill({ username: 'alice', secret: 'typed-secret' });
    await page.clock.fastForward('01:31');
    await expect(panel.idle.heading).toBeVisible();
    await expect(panel.credentials.secret).toHaveCount(0);
  });
});
