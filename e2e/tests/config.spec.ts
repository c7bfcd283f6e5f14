import { ConfigProblemScreen } from '../pages/ConfigProblemScreen';
import { expect, test } from '../support/fixtures';
import { demo } from '../support/journeys';
import { expectFitsPanel } from '../support/layout';

test.describe('the terminal config', () => {
  test('the shell as packaged, opened on its own, says it is not set up and which fields to fill', async ({
    page,
    simulator,
    shell,
  }) => {
    await simulator.openShellAlone(shell);
    const screen = new ConfigProblemScreen(page);
    await expect(screen.heading).toBeVisible();
    await expect(screen.problems).toHaveText([
      'tenantUrl still holds its example value. Enter the value from the portal.',
      'terminalKey still holds its example value. Enter the value from the portal.',
    ]);
    // The terminal key of the packaged file is not echoed anywhere on the screen.
    await expect(page.locator('body')).not.toContainText('paste-the-terminal-key');
  });

  test('a broken config names each field and problem, and the corrected one brings the panel back', async ({
    simulator,
    panel,
    reader,
  }) => {
    await simulator.restartPanelWithConfig(
      JSON.stringify({
        tenantUrl: 'http://tenant.example.com/',
        terminalKey: 'demo',
        conversion: 'ASCII2Hex;Hex2Dek',
        timeouts: { credentialsSeconds: 5 },
        tenantURL: 'typo',
      }),
    );
    const screen = new ConfigProblemScreen(simulator.panel);
    await expect(screen.heading).toBeVisible();
    await expect(screen.problems).toHaveText([
      'tenantURL is not a setting of this app. Check its spelling.',
      /^tenantUrl must start with https:\/\//,
      /^conversion has a mistake at character 11: /,
      'timeouts.credentialsSeconds must be between 15 and 900.',
    ]);
    await expectFitsPanel(simulator.panel);

    await simulator.restartPanelWithConfig('{ "tenantUrl": ');
    await expect(screen.problems).toHaveText([/^config\.json is not valid JSON: /]);

    await simulator.restartPanelWithDemoConfig();
    await expect(panel.idle.heading).toBeVisible();
    await reader.swipe(demo.carol.card);
    await expect(panel.signedIn.heading(demo.carol.displayName)).toBeVisible();
  });
});
