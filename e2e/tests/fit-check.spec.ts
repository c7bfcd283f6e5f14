import type { PanelRoot } from '../pages/panel-root';
import { expect, test } from '../support/fixtures';
import { demo } from '../support/journeys';
import { fitProblems } from '../support/layout';

// The fit check itself (e2e/support/layout.ts): it passes the panel as shipped in both fit fonts (every
// spec that calls expectFitsPanel shows that), so here the panel is broken on purpose, the way a style
// change could break it, and the check must say so.
test.describe('the fit check catches a broken layout', { tag: '@800x480' }, () => {
  test.use({ panelSize: '800x480' });
  // Several screens and measurements a test, on a busy 2-core machine.
  test.describe.configure({ timeout: 60_000 });

  test('a container too small for its content cuts the hint and the buttons off', async ({
    simulator,
    panel,
    reader,
  }) => {
    await reader.swipe(demo.unknownCards[0]);
    await panel.prompt.enroll();
    await expect(panel.credentials.heading).toBeVisible();
    expect(await fitProblems(simulator.panel)).toEqual([]);

    await breakWith(simulator.panel, '.credentials { max-height: 5rem; overflow: hidden; }');
    const problems = await fitProblems(simulator.panel);
    for (const font of ['DejaVu Sans', 'Noto Sans']) {
      expect(problems).toContainEqual(
        expect.stringMatching(
          new RegExp(`^in ${font}: clipped text: p\\.hint "A one-time password.* cut by form\\.credentials`),
        ),
      );
      expect(problems).toContainEqual(
        expect.stringMatching(new RegExp(`^in ${font}: clipped text: button.* "Register card" cut by`)),
      );
    }
  });

  test('a title box only as tall as DejaVu Sans cuts Noto Sans, and only Noto Sans', async ({
    simulator,
    panel,
  }) => {
    await expect(panel.idle.heading).toBeVisible();
    // A line-height of `normal` is the font's own glyph box: 1.16 em in DejaVu Sans, 1.36 em in Noto Sans.
    await breakWith(
      simulator.panel,
      '.screen__title { line-height: normal; height: 1.22em; overflow: hidden; }',
    );
    expect(await fitProblems(simulator.panel, ['DejaVu Sans'])).toEqual([]);
    expect(await fitProblems(simulator.panel, ['Noto Sans'])).toEqual([
      'in Noto Sans: clipped text: h1.screen__title "Swipe your card" cut by h1.screen__title (overflow hidden hidden)',
    ]);
  });

  test('a title box only as wide as Noto Sans cuts DejaVu Sans, and only DejaVu Sans', async ({
    simulator,
    panel,
  }) => {
    await expect(panel.idle.heading).toBeVisible();
    const widths = await simulator.panel.locator('h1').evaluate((title) => {
      const context = document.createElement('canvas').getContext('2d');
      const style = getComputedStyle(title);
      const widthIn = (family: string) => {
        if (!context) return 0;
        context.font = `${style.fontWeight} ${style.fontSize} "${family}"`;
        return context.measureText(title.textContent ?? '').width;
      };
      return { dejaVu: widthIn('DejaVu Sans'), noto: widthIn('Noto Sans') };
    });
    expect(widths.dejaVu, 'DejaVu Sans sets the title wider than Noto Sans').toBeGreaterThan(widths.noto + 8);
    const between = Math.round((widths.dejaVu + widths.noto) / 2);
    await breakWith(
      simulator.panel,
      `.screen__title { width: ${between}px; white-space: nowrap; overflow: hidden; }`,
    );
    expect(await fitProblems(simulator.panel, ['Noto Sans'])).toEqual([]);
    expect(await fitProblems(simulator.panel, ['DejaVu Sans'])).toEqual([
      'in DejaVu Sans: clipped text: h1.screen__title "Swipe your card" cut by h1.screen__title (overflow hidden hidden)',
    ]);
  });
});

/** Adds a style rule to the panel's page, as a careless change to panel.css would. */
async function breakWith(root: PanelRoot, css: string): Promise<void> {
  await root.locator('body').evaluate((_body, rule) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rule);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}
