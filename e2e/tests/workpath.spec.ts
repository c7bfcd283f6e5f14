import { expect, test } from '../support/fixtures';
import { demo } from '../support/journeys';

// The Workpath shell reads cards and signs users in through its WebView host, which the simulator emulates.
test.describe('the Workpath host bridge', () => {
  test('a card in duplicated and split reports is one swipe, and enrollment signs the user in on the device', async ({
    simulator,
    panel,
    reader,
  }) => {
    await reader.swipe(demo.unknownCards[0]);
    await expect(panel.prompt.heading).toBeVisible();
    await expect(simulator.swipeLog).toHaveCount(2);
    await expect(simulator.swipeLog.nth(1)).toContainText(demo.unknownCards[0]);

    await panel.prompt.enroll();
    await panel.credentials.register({ username: demo.alice.username, secret: demo.alice.secret });
    await expect(panel.signedIn.heading(demo.alice.displayName)).toBeVisible();
    await expect(simulator.deviceSession).toHaveText(`Signed in on the device as ${demo.alice.displayName}`);
  });

  test('Log out on the panel signs out on the device, and the device’s own logout ends the panel’s session', async ({
    simulator,
    panel,
    reader,
  }) => {
    await reader.swipe(demo.carol.card);
    await expect(simulator.deviceSession).toHaveText(`Signed in on the device as ${demo.carol.displayName}`);
    await panel.signedIn.logOut();
    await expect(simulator.deviceSession).toHaveText('Nobody is signed in on the device');
    await expect(panel.idle.heading).toBeVisible();

    await reader.swipeAgain(demo.carol.card);
    await expect(panel.signedIn.heading(demo.carol.displayName)).toBeVisible();
    await simulator.logOutAtDevice();
    await expect(panel.idle.heading).toBeVisible();
  });
});
