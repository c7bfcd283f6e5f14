import { expect, test } from '../support/fixtures';
import { demo } from '../support/journeys';

// A Chromium kiosk with a vendor-protocol reader: the simulator plugs a fake HID reader into the panel's
// navigator.hid, granted as kiosk policy grants it, and the Webclient shell reads it over WebHID.
test.describe('the WebHID reader', () => {
  test('a card read over WebHID starts the flow, and a registered one signs its user in', async ({
    simulator,
    panel,
  }) => {
    await simulator.chooseReaderType('WebHID (vendor protocol)');
    // The panel restarts with the WebHID config; a card counts once it has opened the reader.
    await expect(simulator.readerStatus).toHaveText('The panel has opened the WebHID reader');
    await expect(panel.idle.heading).toBeVisible();
    await simulator.swipeWithVirtualReader(demo.unknownCards[2]);
    await expect(panel.prompt.heading).toBeVisible();
    await expect(simulator.swipeLog.nth(1)).toContainText(demo.unknownCards[2]);
    await panel.prompt.cancel();
    await expect(panel.idle.heading).toBeVisible();

    await simulator.swipeWithVirtualReader(demo.carol.card);
    await expect(panel.signedIn.heading(demo.carol.displayName)).toBeVisible();
  });
});
