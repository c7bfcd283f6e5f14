import { catalogs, locales, textDirection } from '@cardenroll/core';
import type { Locator } from '@playwright/test';
import { LocalizedPanel } from '../pages/LocalizedPanel';
import { expect, test } from '../support/fixtures';
import { demo } from '../support/journeys';
import { expectFitsPanel } from '../support/layout';

// Longer words and another script are what break a layout, and the 800×480 panel has the least room:
// every language is walked there, once per language, whichever project runs the file.
test.describe('the panel in every language', { tag: '@800x480' }, () => {
  test.use({ panelSize: '800x480' });

  for (const locale of locales) {
    const name = catalogs[locale]['language.name'];

    test(`${name} (${locale}): an unknown card up to a wrong password, and every screen fits`, async ({
      simulator,
      reader,
    }) => {
      const panel = new LocalizedPanel(simulator.panel, locale);
      await simulator.chooseLanguage(name);
      await expect(panel.main).toHaveAttribute('lang', locale);
      await expect(panel.main).toHaveAttribute('dir', textDirection(locale));

      await reader.swipe(demo.unknownCards[0]);
      await expect(panel.prompt.heading).toBeVisible();
      await expectFitsPanel(simulator.panel);

      await panel.prompt.enroll();
      await expect(panel.credentials.heading).toBeVisible();
      await panel.credentials.register({ username: demo.alice.username, secret: 'wrong' });
      await expect(panel.credentials.notice).toContainText(panel.text['credentials.invalid']);
      await expect(panel.credentials.heading).toBeVisible();
      await expectFitsPanel(simulator.panel);
    });
  }

  test('Arabic mirrors the panel, and it turns back when another language is chosen', async ({
    simulator,
    reader,
  }) => {
    const arabic = new LocalizedPanel(simulator.panel, 'ar');
    await simulator.chooseLanguage(arabic.text['language.name']);
    await expect(arabic.main).toHaveAttribute('dir', 'rtl');
    await reader.swipe(demo.unknownCards[0]);
    await expect(arabic.prompt.heading).toBeVisible();
    // Right to left, the row of buttons starts at the right: the primary button ends up leftmost.
    expect(await leftOf(arabic.prompt.enrollment, arabic.prompt.cancelButton)).toBe(true);

    await arabic.prompt.enroll();
    await arabic.credentials.register({ username: demo.alice.username, secret: 'wrong' });
    await expect(arabic.credentials.notice).toHaveCSS('border-right-width', '6px');
    await expect(arabic.credentials.notice).toHaveCSS('border-left-width', '0px');

    const english = new LocalizedPanel(simulator.panel, 'en');
    await simulator.chooseLanguage(english.text['language.name']);
    await expect(english.main).toHaveAttribute('dir', 'ltr');
    await expect(english.main).toHaveAttribute('lang', 'en');
    await expect(english.credentials.notice).toContainText(english.text['credentials.invalid']);
    await expect(english.credentials.notice).toHaveCSS('border-left-width', '6px');
    await expect(english.credentials.notice).toHaveCSS('border-right-width', '0px');
  });
});

/** Whether `a` lies wholly to the left of `b` on the panel. */
async function leftOf(a: Locator, b: Locator): Promise<boolean> {
  const [boxA, boxB] = await Promise.all([a.boundingBox(), b.boundingBox()]);
  return boxA !== null && boxB !== null && boxA.x + boxA.width <= boxB.x;
}
