import type { Page } from '@playwright/test';
import type { Simulator, TenantMode } from '../pages/Simulator';
import { expect, test } from '../support/fixtures';
import { demo } from '../support/journeys';
import { expectSecretGone } from '../support/secret';

// Every way the tenant can fail, on the card lookup and on the registration: a clear message with a way
// back, never a blank or frozen panel, no card registered twice, the secret gone once the flow ends, and
// no console error (the fixture fails the test on one).

/**
 * Failures after which the panel cannot know what the tenant did (a problem code it does not know counts
 * as the tenant's fault, docs/api.md): it offers to try again, and a registration is retried with the
 * same Idempotency-Key, so the tenant answers the retry as the first request.
 */
const unanswered: readonly TenantMode[] = [
  'Unreachable',
  'Never answers (times out)',
  'Failing (HTTP 500)',
  'Bad gateway (HTTP 502)',
  'Busy (HTTP 503, Retry-After 1 s)',
  'Malformed JSON',
  'A problem code the panel does not know',
];

/**
 * Restarts the panel with a tenant timeout of 2 s (5 s with retries), so a silent tenant is quick to see;
 * shorter, and a healthy answer on a loaded machine would be taken for a silent one.
 */
async function restartWithQuickTenantTimeout(page: Page, simulator: Simulator): Promise<void> {
  const origin = new URL(page.url()).origin;
  await simulator.restartPanelWithConfig(
    JSON.stringify({
      tenantUrl: `${origin}/`,
      terminalKey: 'demo-terminal-key',
      timeouts: { tenantSeconds: 2 },
    }),
  );
}

test.describe('when the tenant fails', () => {
  test.beforeEach(async ({ page, simulator, panel }) => {
    await restartWithQuickTenantTimeout(page, simulator);
    await expect(panel.idle.heading).toBeVisible();
  });

  for (const mode of unanswered) {
    test(`card lookup, ${mode}: explained, and Try again works once the tenant is back`, async ({
      simulator,
      panel,
      reader,
    }) => {
      await simulator.setFaultTarget('Card lookup only');
      await simulator.setTenant(mode);
      await reader.swipe(demo.unknownCards[0]);
      await expect(panel.problem.heading('Card service unavailable')).toBeVisible({ timeout: 10_000 });

      await simulator.setTenant('Answers normally');
      await panel.problem.button('Try again').click();
      await expect(panel.prompt.heading).toBeVisible();
    });

    test(`registration, ${mode}: keeps what was typed, and Register card registers the card once`, async ({
      simulator,
      panel,
      reader,
    }) => {
      await simulator.setFaultTarget('Registration only');
      await simulator.setTenant(mode);
      await reader.swipe(demo.unknownCards[1]);
      await panel.prompt.enroll();
      await panel.credentials.register(demo.alice);
      await expect(panel.credentials.notice).toContainText('The card service did not answer', {
        timeout: 10_000,
      });
      await expect(panel.credentials.secret).toHaveValue(demo.alice.secret);

      await simulator.setTenant('Answers normally');
      await panel.credentials.registerCard.click();
      await expect(panel.signedIn.heading(demo.alice.displayName)).toBeVisible();
      await expect(simulator.registrations).toHaveText('Cards registered at the panel: 1');
      await expectSecretGone(simulator, demo.alice.secret);
    });
  }

  test('registration, an answer 10 s late: the retry is a replay, so the card is registered once', async ({
    simulator,
    panel,
    reader,
  }) => {
    await simulator.setFaultTarget('Registration only');
    await simulator.setTenant('Answers 10 s late');
    await reader.swipe(demo.unknownCards[2]);
    await panel.prompt.enroll();
    await panel.credentials.register(demo.bob);
    await expect(panel.credentials.notice).toContainText('The card service did not answer', {
      timeout: 10_000,
    });

    await simulator.setTenant('Answers normally');
    await panel.credentials.registerCard.click();
    await expect(panel.signedIn.heading(demo.bob.displayName)).toBeVisible();
    await expect(simulator.registrations).toHaveText('Cards registered at the panel: 1');
  });
});

test('card lookup, an answer 10 s late after the person cancelled: ignored, the panel stays at rest', async ({
  page,
  simulator,
  panel,
  reader,
}) => {
  test.setTimeout(45_000);
  await simulator.setFaultTarget('Card lookup only');
  await simulator.setTenant('Answers 10 s late');
  await reader.swipe(demo.unknownCards[0]);
  await expect(panel.busy.checkingCard).toBeVisible();
  await panel.busy.cancel();
  await expect(panel.idle.heading).toBeVisible();
  // The late answer arrives 10 s after the swipe; the panel has moved on and must not show it.
  await page.waitForTimeout(11_000);
  await expect(panel.idle.heading).toBeVisible();
  await expect(panel.prompt.heading).toBeHidden();
});
