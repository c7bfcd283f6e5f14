import type { Locator } from '@playwright/test';
import { LocalizedPanel } from '../pages/LocalizedPanel';
import type { PanelRoot } from '../pages/panel-root';
import { expect, test } from '../support/fixtures';
import { demo } from '../support/journeys';

// The panels' old WebKit (602) ignores flex `gap`. Here Chromium is made to ignore it too, and the
// distances between the credentials screen's parts are measured against the design's, in rem so they
// hold at any panel size and in any font: left to right, and mirrored in Arabic.
test.describe('the spacing holds in an engine without flex gap', { tag: '@800x480' }, () => {
  test.use({ panelSize: '800x480' });
  // Several screens and measurements a test, on a busy 2-core machine.
  test.describe.configure({ timeout: 60_000 });

  for (const locale of ['en', 'ar'] as const) {
    test(`${locale}: fields, labels and buttons keep their distances`, async ({ simulator, reader }) => {
      const panel = new LocalizedPanel(simulator.panel, locale);
      const { text } = panel;
      await simulator.chooseLanguage(text['language.name']);
      await expect(panel.main).toHaveAttribute('lang', locale);
      await ignoreFlexGap(simulator.panel);
      const rem = await remOf(simulator.panel);

      await reader.swipe(demo.unknownCards[0]);
      await expect(panel.prompt.heading).toBeVisible();
      const [cancel, enroll] = await boxes(panel.prompt.cancelButton, panel.prompt.enrollment);
      expect(across(cancel, enroll) / rem, 'Cancel to Enrollment').toBeCloseTo(0.75, 1);

      await panel.prompt.enroll();
      await expect(panel.credentials.heading).toBeVisible();
      const root = simulator.panel;
      const exactly = { exact: true };
      const [intro, usernameLabel, username, secretLabel, secret, hint, ...buttons] = await boxes(
        root.getByText(text['credentials.intro'].split('{card}')[0] ?? ''),
        root.getByText(text['credentials.username'], exactly),
        panel.credentials.username,
        root.getByText(text['credentials.passwordOrOtp'], exactly),
        panel.credentials.secret,
        root.getByText(text['credentials.otpHint'], exactly),
        root.getByRole('button', { name: text['credentials.cancel'], exact: true }),
        root.getByRole('button', { name: text['credentials.useHandover'], exact: true }),
        panel.credentials.registerCard,
      );
      expect(down(intro, usernameLabel) / rem, 'intro to the Username label').toBeCloseTo(0.55, 1);
      expect(down(intro, secretLabel) / rem, 'intro to the Password label').toBeCloseTo(0.55, 1);
      expect(down(usernameLabel, username) / rem, 'Username label to its field').toBeCloseTo(0.2, 1);
      expect(down(secretLabel, secret) / rem, 'Password label to its field').toBeCloseTo(0.2, 1);
      expect(across(username, secret) / rem, 'Username to Password').toBeCloseTo(1, 1);
      expect(down(secret, hint) / rem, 'Password field to the hint').toBeCloseTo(0.55, 1);
      // The gap, then the row's own room above its buttons (0.3 rem).
      expect(down(hint, buttons[0] as Box) / rem, 'hint to the buttons').toBeCloseTo(0.85, 1);
      for (const [index, button] of buttons.slice(1).entries()) {
        expect(
          across(buttons[index] as Box, button) / rem,
          `button ${index + 1} to ${index + 2}`,
        ).toBeCloseTo(0.75, 1);
      }
      // Mirrored in Arabic: Username, the first field, is the rightmost, and so is Cancel.
      const firstIsLeft = locale === 'en';
      expect(username.x < secret.x, 'Username on the side the text starts').toBe(firstIsLeft);
      expect((buttons[0] as Box).x < (buttons[2] as Box).x, 'Cancel on the side the text starts').toBe(
        firstIsLeft,
      );
    });
  }
});

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Makes the panel's document ignore flex `gap`, as WebKit 602 does, for as long as it is up. */
async function ignoreFlexGap(root: PanelRoot): Promise<void> {
  await root.locator('body').evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('*, *::before, *::after { gap: normal !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
}

async function remOf(root: PanelRoot): Promise<number> {
  return root
    .locator('body')
    .evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
}

async function boxes<const T extends readonly Locator[]>(...locators: T): Promise<{ [K in keyof T]: Box }> {
  const found = await Promise.all(
    locators.map(async (locator) => {
      const box = await locator.boundingBox();
      if (!box) throw new Error(`${locator} is not on the panel`);
      return box;
    }),
  );
  return found as { [K in keyof T]: Box };
}

/** The room between two boxes side by side, whichever is on the left. */
function across(a: Box, b: Box): number {
  return Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
}

/** The room between a box and one below it. */
function down(upper: Box, lower: Box): number {
  return lower.y - (upper.y + upper.height);
}
