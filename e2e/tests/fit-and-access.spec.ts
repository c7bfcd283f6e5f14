import { expect, test } from '../support/fixtures';
import { demo } from '../support/journeys';
import { expectFitsPanel } from '../support/layout';

test.describe('every screen fits the panel and passes axe', () => {
  // axe over the simulator and its panel, several times a test, is slow on a busy 2-core machine.
  test.describe.configure({ timeout: 60_000 });

  test('idle, prompt, credentials with a message, signed in', async ({
    simulator,
    panel,
    reader,
    expectAccessible,
  }) => {
    const root = simulator.panel;
    await expect(panel.idle.heading).toBeVisible();
    await expectFitsPanel(root);
    await expectAccessible();

    await reader.swipe(demo.unknownCards[0]);
    await expect(panel.prompt.heading).toBeVisible();
    await expectFitsPanel(root);
    await expectAccessible();

    await panel.prompt.enroll();
    await panel.credentials.register({ username: 'alice', secret: 'wrong' });
    await expect(panel.credentials.notice).toBeVisible();
    await expectFitsPanel(root);
    await expectAccessible();

    await panel.credentials.secret.fill(demo.alice.secret);
    await panel.credentials.registerCard.click();
    await expect(panel.signedIn.heading(demo.alice.displayName)).toBeVisible();
    await expectFitsPanel(root);
    await expectAccessible();
  });

  test('busy, a failure, and the timeout warning', async ({
    page,
    simulator,
    panel,
    reader,
    expectAccessible,
  }) => {
    const root = simulator.panel;
    await simulator.setTenant('Slow (4 s per answer)');
    await reader.swipe(demo.unknownCards[0]);
    await expect(root.getByRole('status', { name: 'Checking your card…' })).toBeVisible();
    await expectFitsPanel(root);
    await expectAccessible();
    await root.getByRole('button', { name: 'Cancel' }).click();
    await expect(panel.idle.heading).toBeVisible();

    await simulator.setTenant('Unreachable');
    await reader.swipeAgain(demo.unknownCards[0]);
    await expect(panel.problem.heading('Card service unavailable')).toBeVisible();
    await expectFitsPanel(root);
    await expectAccessible();

    await simulator.setTenant('Answers normally');
    await page.clock.install();
    await panel.problem.button('Try again').click();
    await expect(panel.prompt.heading).toBeVisible();
    await page.clock.fastForward('00:21');
    await expect(panel.timeoutWarning.moreTime).toBeVisible();
    await expectFitsPanel(root);
    await expectAccessible();
  });
  // Each language's prompt and credentials screen: languages.spec.ts, on the smallest panel.
});
