import { expect, test } from '../support/fixtures';
import { demo } from '../support/journeys';
import { expectFitsPanel } from '../support/layout';

// Each shell runs at every panel size the fleets have; the journeys themselves run at one size per shell.
for (const size of ['800x480', '1024x600', '1280x800']) {
  test(`at ${size} the panel fits, and a registered card signs its user in`, async ({
    simulator,
    panel,
    reader,
    shell,
  }) => {
    await simulator.open(size, shell);
    await expectFitsPanel(simulator.panel);
    await reader.swipe(demo.carol.card);
    await expect(panel.signedIn.heading(demo.carol.displayName)).toBeVisible();
    await expectFitsPanel(simulator.panel);
  });
}
