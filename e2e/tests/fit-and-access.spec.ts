import { expect, test } from '../support/fixtures';
import { demo } from '../support/journeys';
import { expectFitsPanel } from '../support/layout';

test.describe('every screen fits the panel and passes axe', () => {
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

  test('a failure, and the timeout warning', async ({ page, simulator, panel, reader, expectAccessible }) => {
    const root = simulator.panel;
    await simulator.setTenant('Unreachable');
    await reader.swipe(demo.unknownCards[0]);
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

  test('the longest language still fits: German credentials with a message', async ({
    simulator,
    panel,
    reader,
  }) => {
    await simulator.chooseLanguage('Deutsch');
    await reader.swipe(demo.unknownCards[0]);
    const root = simulator.panel;
    await root.getByRole('button', { name: 'Registrierung' }).click();
    await root.getByRole('textbox', { name: 'Benutzername' }).fill('alice');
    await root.getByLabel(/^Passwort/).fill('wrong');
    await root.getByRole('button', { name: 'Karte registrieren' }).click();
    await expect(root.getByRole('alert')).toContainText('Benutzername oder Passwort falsch');
    await expectFitsPanel(root);
    await expect(panel.credentials.heading).toBeHidden();
  });
});
