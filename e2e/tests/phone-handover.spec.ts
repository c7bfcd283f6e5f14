import { HandoverScreen } from '../pages/HandoverScreen';
import { expect, test } from '../support/fixtures';
import { demo } from '../support/journeys';
import { expectFitsPanel } from '../support/layout';

test.describe('Use your phone: registering a card without typing a password on the panel', () => {
  test('the person scans the code, confirms on their phone, and the panel signs them in', async ({
    simulator,
    panel,
    reader,
  }) => {
    const handover = new HandoverScreen(simulator.panel);
    const card = demo.unknownCards[1];
    await reader.swipe(card);
    await panel.prompt.enroll();
    await panel.credentials.useYourPhone();

    await expect(handover.heading).toBeVisible();
    await expect(handover.qrCode).toBeVisible();
    await expect
      .poll(() => handover.qrCodeLoaded(), { message: 'the QR code image loaded from the tenant' })
      .toBe(true);
    await expect(handover.link).toBeVisible();
    await expect(handover.timeLeft).toBeVisible();
    const code = (await handover.userCode.textContent()) ?? '';
    await expect(simulator.phoneHandover).toHaveText(
      `Code ${code} for card •••• ${card.slice(-4)} is waiting`,
    );
    await expectFitsPanel(simulator.panel);

    await simulator.confirmHandoverAs(demo.bob.username);
    await expect(panel.signedIn.heading(demo.bob.displayName)).toBeVisible();
    await expect(panel.signedIn.message).toHaveText('Your card is registered. Next time, just swipe it.');
    await expect(simulator.registrations).toHaveText('Cards registered at the panel: 1');

    await panel.signedIn.logOut();
    await reader.swipeAgain(card);
    await expect(panel.signedIn.heading(demo.bob.displayName)).toBeVisible();
    await expect(panel.signedIn.message).toHaveText('Welcome back.');
  });

  test('Cancel stops it: the panel goes back to idle and no longer asks the tenant', async ({
    page,
    simulator,
    panel,
    reader,
  }) => {
    const handover = new HandoverScreen(simulator.panel);
    const polls: string[] = [];
    page.on('request', (request) => {
      if (/\/api\/v1\/handovers\/[^/]+$/.test(new URL(request.url()).pathname)) polls.push(request.url());
    });
    await reader.swipe(demo.unknownCards[2]);
    await panel.prompt.enroll();
    // After the swipe: the reader's key events carry real time stamps, which a frozen clock would contradict.
    await page.clock.install();
    await panel.credentials.useYourPhone();
    await expect(handover.userCode).toBeVisible();
    await page.clock.runFor(2_100);
    await expect.poll(() => polls.length).toBe(1);

    await handover.cancel();
    await expect(panel.idle.heading).toBeVisible();
    // The hand-over lives on at the tenant until it expires; the panel just stops asking about it.
    await simulator.confirmHandoverAs(demo.alice.username);
    await page.clock.runFor(10_000);
    await expect(panel.idle.heading).toBeVisible();
    expect(polls).toHaveLength(1);
  });
});
