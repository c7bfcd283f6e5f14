import type { BrowserContext } from '@playwright/test';
import { ConfigProblemScreen } from '../pages/ConfigProblemScreen';
import { HandoverScreen } from '../pages/HandoverScreen';
import { LocalizedPanel } from '../pages/LocalizedPanel';
import { expect, test } from '../support/fixtures';
import { demo } from '../support/journeys';

// The parts of the panel loaded on demand (decision 0025): each appears when needed, and when its file
// cannot be loaded the panel says so, in its language, with Try again, never blank; once the file can be
// loaded again, Try again brings the part. The ES5 shells load a part as a classic script through their
// own loader, Workpath with import(); both are run (playwright.config.ts).

/** Fails every request for a part's file (by its name in the build) until the returned function is called. */
async function blockPart(context: BrowserContext, part: string): Promise<() => Promise<void>> {
  // The context's route also sees what the simulator's service worker fetches for the framed panel.
  const pattern = new RegExp(`/assets/${part}-[\\w-]+\\.js$`);
  test.info().annotations.push({ type: 'blocked file', description: `/assets/${part}-` });
  const blocked: string[] = [];
  const handler = async (route: import('@playwright/test').Route) => {
    blocked.push(route.request().url());
    await route.abort('connectionfailed');
  };
  await context.route(pattern, handler);
  return async () => {
    expect(blocked.length, `a request for ${part}'s file was made and failed`).toBeGreaterThan(0);
    await context.unroute(pattern, handler);
  };
}

test.describe('parts loaded on demand', () => {
  test('the phone hand-over appears, and says so when its file cannot be loaded', async ({
    page,
    simulator,
    panel,
    reader,
  }) => {
    const unblock = await blockPart(page.context(), 'HandoverScreen');
    await simulator.restartPanelWithDemoConfig();
    await expect(panel.idle.heading).toBeVisible();
    await reader.swipe(demo.unknownCards[0]);
    await panel.prompt.enroll();
    await panel.credentials.useYourPhone();
    const missing = simulator.panel.getByRole('heading', { name: 'This screen could not be loaded' });
    await expect(missing).toBeVisible();
    await expect(simulator.panel.getByRole('alert')).toHaveText(
      'Check the printer’s network connection, then try again.',
    );

    await unblock();
    await simulator.panel.getByRole('button', { name: 'Try again' }).click();
    const handover = new HandoverScreen(simulator.panel);
    await expect(handover.heading).toBeVisible();
    await expect(handover.qrCode).toBeVisible();
    // Its Cancel works as before.
    await simulator.panel.getByRole('button', { name: 'Cancel' }).click();
    await expect(panel.idle.heading).toBeVisible();
  });

  test('a failed hand-over file still lets the person leave with Cancel', async ({
    page,
    simulator,
    panel,
    reader,
  }) => {
    await blockPart(page.context(), 'HandoverScreen');
    await simulator.restartPanelWithDemoConfig();
    await expect(panel.idle.heading).toBeVisible();
    await reader.swipe(demo.unknownCards[0]);
    await panel.prompt.enroll();
    await panel.credentials.useYourPhone();
    await expect(
      simulator.panel.getByRole('heading', { name: 'This screen could not be loaded' }),
    ).toBeVisible();
    await simulator.panel.getByRole('button', { name: 'Cancel' }).click();
    await expect(panel.idle.heading).toBeVisible();
  });

  test('the installer view appears on the prompt, and says so when its file cannot be loaded', async ({
    page,
    simulator,
    panel,
    reader,
  }) => {
    const unblock = await blockPart(page.context(), 'SwipeDiagnostics');
    await simulator.showInstallerView();
    await reader.swipe(demo.unknownCards[0]);
    await expect(panel.prompt.heading).toBeVisible();
    const message = simulator.panel.getByRole('alert');
    await expect(message).toContainText('This screen could not be loaded');

    await unblock();
    await message.getByRole('button', { name: 'Try again' }).click();
    const view = simulator.panel.getByRole('region', { name: 'Installer view' });
    await expect(view).toContainText(`Reader sent •••• ${demo.unknownCards[0].slice(-4)}`);
    await expect(panel.prompt.heading).toBeVisible();
  });

  test('the config problems appear, and say so when their file cannot be loaded', async ({
    page,
    simulator,
  }) => {
    const unblock = await blockPart(page.context(), 'ConfigProblemScreen');
    await simulator.restartPanelWithConfig('{ "tenantUrl": ');
    await expect(
      simulator.panel.getByRole('heading', { name: 'This screen could not be loaded' }),
    ).toBeVisible();

    await unblock();
    await simulator.panel.getByRole('button', { name: 'Try again' }).click();
    const screen = new ConfigProblemScreen(simulator.panel);
    await expect(screen.heading).toBeVisible();
    await expect(screen.problems).toHaveText([/^config\.json is not valid JSON: /]);
  });

  test('a chain that is not built in loads the conversion chains first, or says they cannot be loaded', async ({
    page,
    simulator,
    panel,
    reader,
  }) => {
    const unblock = await blockPart(page.context(), 'read-converter');
    await simulator.restartPanelWithConfig(
      JSON.stringify({
        tenantUrl: `${new URL(page.url()).origin}/`,
        terminalKey: 'demo-terminal-key',
        conversion: 'Hex2Dec',
      }),
    );
    await expect(
      simulator.panel.getByRole('heading', { name: 'This screen could not be loaded' }),
    ).toBeVisible();

    await unblock();
    await simulator.panel.getByRole('button', { name: 'Try again' }).click();
    await expect(panel.idle.heading).toBeVisible();
    // 3735928559 is DEADBEEF in hex: the chain converted the read.
    await reader.sendRead('DEADBEEF');
    await expect(simulator.panel.getByText('Card •••• 8559')).toBeVisible();
  });

  test('a second language appears; while its file cannot be loaded the panel stays in English, working', async ({
    page,
    simulator,
    panel,
    reader,
  }) => {
    const pattern = /\/locales\/de-[\da-f]+\.json$/;
    test.info().annotations.push({ type: 'blocked file', description: '/locales/de-' });
    let failed = 0;
    await page.context().route(pattern, async (route) => {
      failed++;
      await route.abort('connectionfailed');
    });
    const german = new LocalizedPanel(simulator.panel, 'de');
    await simulator.chooseLanguage('Deutsch');
    await expect.poll(() => failed).toBeGreaterThan(0);
    await expect(german.main).toHaveAttribute('lang', 'en');
    await reader.swipe(demo.unknownCards[0]);
    await expect(panel.prompt.heading).toBeVisible();
    await simulator.panel.getByRole('button', { name: 'Cancel' }).click();

    await page.context().unroute(pattern);
    await simulator.chooseLanguage('English');
    await simulator.chooseLanguage('Deutsch');
    await expect(german.main).toHaveAttribute('lang', 'de');
    await expect(simulator.panel.getByRole('heading', { name: 'Karte auflegen' })).toBeVisible();
  });
});
