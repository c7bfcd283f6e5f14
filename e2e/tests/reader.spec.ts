import { expect, test } from '../support/fixtures';
import { demo } from '../support/journeys';

test.describe('the keyboard-wedge reader', () => {
  test('a swipe while the Username field has focus does not end up in it', async ({ panel, reader }) => {
    await reader.swipe(demo.unknownCards[0]);
    await panel.prompt.enroll();
    await panel.credentials.username.click();
    await panel.credentials.username.pressSequentially('ali');
    await reader.swipe(demo.unknownCards[0]);
    await expect(panel.credentials.username).toHaveValue('ali');
    await expect(panel.credentials.username).toBeFocused();
  });

  test('a swipe while the Password field has focus does not end up in it', async ({ panel, reader }) => {
    await reader.swipe(demo.unknownCards[0]);
    await panel.prompt.enroll();
    await panel.credentials.secret.click();
    await panel.credentials.secret.pressSequentially('pa');
    await reader.swipe(demo.unknownCards[0]);
    await expect(panel.credentials.secret).toHaveValue('pa');
    await expect(panel.credentials.secret).toBeFocused();
  });

  test('a swipe of another card mid-enrollment starts over for that card', async ({ panel, reader }) => {
    await reader.swipe(demo.unknownCards[0]);
    await panel.prompt.enroll();
    await panel.credentials.fill({ username: 'alice', secret: 'half-typed' });
    await reader.swipe(demo.carol.card);
    await expect(panel.signedIn.heading(demo.carol.displayName)).toBeVisible();
  });

  test('the virtual reader of the simulator swipes demo cards', async ({ simulator, panel }) => {
    await simulator.swipeDemoCard(/Carol's card/);
    await expect(panel.signedIn.heading(demo.carol.displayName)).toBeVisible();
    await panel.signedIn.logOut();
    await simulator.swipeWithVirtualReader('cafe0042');
    await expect(panel.prompt.card).toHaveText('Card •••• 0042');
  });
});
