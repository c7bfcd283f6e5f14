import { swipeOnFakeClock } from '../support/clock';
import { expect, test } from '../support/fixtures';
import { demo } from '../support/journeys';
import { expectReachable } from '../support/reachable';

// The "Still there?" warning sits over the screen it warns about; at every panel size it must leave that
// screen's buttons, and its own More time, where a finger can press them. A failure screen has the most
// buttons of the screens that time out. The page's clock is faked (see swipeOnFakeClock) to reach the
// warning without waiting: a failure screen warns 10 s before its 30 s are up.
// The panel is opened twice (the fixture's size, then this one), which takes a while on a busy machine.
test.describe.configure({ timeout: 60_000 });

for (const size of ['800x480', '1024x600', '1280x800']) {
  test(`at ${size} the timeout warning leaves a failure screen's buttons and More time reachable`, async ({
    page,
    simulator,
    panel,
    shell,
  }) => {
    await simulator.open(size, shell);
    await simulator.setTenant('Unreachable');
    await swipeOnFakeClock(page, simulator, demo.unknownCards[0]);
    await expect(panel.problem.heading('Card service unavailable')).toBeVisible();

    await page.clock.fastForward('00:21');
    await expect(panel.timeoutWarning.message).toBeVisible();
    await expectReachable(panel.timeoutWarning.moreTime, 'More time');
    await expectReachable(panel.problem.button('Cancel'), 'Cancel');
    await expectReachable(panel.problem.button('Try again'), 'Try again');

    await panel.timeoutWarning.moreTime.click();
    await expect(panel.timeoutWarning.message).toBeHidden();
    await expect(panel.problem.heading('Card service unavailable')).toBeVisible();

    // With the warning up again, the screen's own button still does what it says.
    await page.clock.fastForward('00:21');
    await expect(panel.timeoutWarning.message).toBeVisible();
    await simulator.setTenant('Answers normally');
    await panel.problem.button('Try again').click();
    await expect(panel.prompt.heading).toBeVisible();
  });
}
