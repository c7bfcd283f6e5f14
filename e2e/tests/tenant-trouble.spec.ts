import { expect, test } from '../support/fixtures';
import { demo } from '../support/journeys';

test.describe('when the tenant is in trouble', () => {
  test('an unreachable tenant is explained, and Try again works once it is back', async ({
    simulator,
    panel,
    reader,
  }) => {
    await simulator.setTenant('Unreachable');
    await reader.swipe(demo.carol.card);
    await expect(panel.problem.heading('Card service unavailable')).toBeVisible();
    await expect(panel.problem.message).toHaveText(
      'The printer could not reach the card service. Try again in a moment.',
    );

    await simulator.setTenant('Answers normally');
    await panel.problem.button('Try again').click();
    await expect(panel.signedIn.heading(demo.carol.displayName)).toBeVisible();
  });

  test('a failing tenant during registration keeps what was typed, and Register card tries again', async ({
    simulator,
    panel,
    reader,
  }) => {
    await reader.swipe(demo.unknownCards[0]);
    await panel.prompt.enroll();
    await panel.credentials.fill(demo.alice);
    await simulator.setTenant('Failing (HTTP 500)');
    await panel.credentials.registerCard.click();
    await expect(panel.credentials.notice).toContainText('The card service did not answer');
    await expect(panel.credentials.secret).not.toHaveValue('');

    await simulator.setTenant('Answers normally');
    await panel.credentials.registerCard.click();
    await expect(panel.signedIn.heading(demo.alice.displayName)).toBeVisible();
  });

  test('a card registered to someone else meanwhile is refused with its own message', async ({
    simulator,
    panel,
    reader,
  }) => {
    const card = demo.unknownCards[1];
    await reader.swipe(card);
    await panel.prompt.enroll();
    await panel.credentials.fill(demo.alice);
    await simulator.registerToCarolInPortal(card);
    await panel.credentials.registerCard.click();
    await expect(panel.problem.heading('Card already registered')).toBeVisible();
    await expect(panel.problem.message).toHaveText(
      'This card is registered to another user. If it is yours, ask your administrator.',
    );
    await expect(panel.credentials.secret).toHaveCount(0);
    await panel.problem.button('OK').click();
    await expect(panel.idle.heading).toBeVisible();

    await reader.swipeAgain(card);
    await expect(panel.signedIn.heading(demo.carol.displayName)).toBeVisible();
  });
});
