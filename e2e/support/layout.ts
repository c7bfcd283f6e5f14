import { expect } from '@playwright/test';
import type { PanelRoot } from '../pages/panel-root';

/**
 * The font families every screen is laid out in by the fit check, whatever the machine's default
 * sans-serif: DejaVu Sans is wide and short, Noto Sans narrower and taller (its glyph box is 1.36 em
 * against DejaVu's 1.16 em), so a screen that only fits one of them is caught. Both are Debian packages
 * (fonts-dejavu-core, fonts-noto-core) that `npm test` installs with chromium. A real panel's fonts differ
 * again; these two bracket the common metrics.
 */
export const fitFonts = ['DejaVu Sans', 'Noto Sans'] as const;
export type FitFont = (typeof fitFonts)[number];

interface LayoutReport {
  /** Set when the family is not installed, so the check would silently measure another one. */
  readonly missingFont?: string;
  readonly scroll: { width: number; height: number; viewportWidth: number; viewportHeight: number };
  readonly outside: string[];
  readonly clipped: string[];
  readonly smallTargets: string[];
}

/**
 * Measures, inside the panel, what a person would see as broken: scrolling, elements off the panel, text
 * cut off, tiny targets. With a family, the panel is laid out in it for the measurement only: a
 * constructed stylesheet (which the panel's Content-Security-Policy does not govern) sets it on the page,
 * as a machine whose default sans-serif it is would, and is taken away before the page runs again.
 */
function measure(body: Element, family: string | null): LayoutReport {
  const empty = { scroll: { width: 0, height: 0, viewportWidth: 0, viewportHeight: 0 } };
  if (family !== null) {
    // An installed family changes a sample's width against both generic fallbacks; a missing one cannot.
    const context = document.createElement('canvas').getContext('2d');
    const widthIn = (font: string) => {
      if (!context) return 0;
      context.font = font;
      return context.measureText('mmmmmmmmmmlli WQ@ 0123').width;
    };
    const installed = ['monospace', 'serif'].some(
      (generic) => widthIn(`72px "${family}", ${generic}`) !== widthIn(`72px ${generic}`),
    );
    if (!installed) return { missingFont: family, ...empty, outside: [], clipped: [], smallTargets: [] };
  }
  const before = document.adoptedStyleSheets;
  if (family !== null) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`html, body { font-family: "${family}" !important; }`);
    document.adoptedStyleSheets = [...before, sheet];
  }
  try {
    return measureLaidOut(body);
  } finally {
    document.adoptedStyleSheets = before;
  }

  function measureLaidOut(root: Element): LayoutReport {
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const viewportWidth = window.innerWidth;
    const viewportHeight = window.innerHeight;
    const outside: string[] = [];
    const clipped: string[] = [];
    const smallTargets: string[] = [];
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (
        rect.left < -1 ||
        rect.top < -1 ||
        rect.right > viewportWidth + 1 ||
        rect.bottom > viewportHeight + 1
      ) {
        outside.push(describe(el));
      }
      if (el.matches('button, input, select, a[href]') && (rect.height < 48 || rect.width < 48)) {
        smallTargets.push(`${describe(el)} ${Math.round(rect.width)}×${Math.round(rect.height)}`);
      }
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const cut = cutBy(node as Text, viewportWidth, viewportHeight);
      if (cut && node.parentElement) clipped.push(`${describe(node.parentElement)} cut by ${cut}`);
    }
    const page = document.documentElement;
    return {
      scroll: { width: page.scrollWidth, height: page.scrollHeight, viewportWidth, viewportHeight },
      outside,
      clipped,
      smallTargets,
    };
  }

  /**
   * What cuts a text off, if anything: the panel's edge, or an element around it whose overflow is not
   * visible. A line's text is taken as its glyph box, but no taller than its line (and no shorter than
   * 1 em): a font whose glyph box is taller than the line-height (Noto Sans at line-height 1.2) draws
   * nothing there that a person would miss, and only a clip cutting into the line cuts letters.
   */
  function cutBy(text: Text, viewportWidth: number, viewportHeight: number): string | null {
    const parent = text.parentElement;
    if (!parent || !text.data.trim()) return null;
    const style = getComputedStyle(parent);
    if (style.visibility !== 'visible') return null;
    const fontSize = Number.parseFloat(style.fontSize);
    const lineHeight =
      style.lineHeight === 'normal' ? Number.POSITIVE_INFINITY : Number.parseFloat(style.lineHeight);
    const range = document.createRange();
    range.selectNodeContents(text);
    for (const glyphs of Array.from(range.getClientRects())) {
      if (glyphs.width === 0) continue;
      const height = Math.min(glyphs.height, Math.max(lineHeight, fontSize));
      const middle = glyphs.top + glyphs.height / 2;
      const line = {
        left: glyphs.left,
        right: glyphs.right,
        top: middle - height / 2,
        bottom: middle + height / 2,
      };
      const beyond = (
        clip: { left: number; right: number; top: number; bottom: number },
        x: boolean,
        y: boolean,
      ) =>
        (x && (line.left < clip.left - 1 || line.right > clip.right + 1)) ||
        (y && (line.top < clip.top - 1 || line.bottom > clip.bottom + 1));
      if (beyond({ left: 0, top: 0, right: viewportWidth, bottom: viewportHeight }, true, true)) {
        return 'the panel edge';
      }
      for (let box = parent as Element | null; box; box = box.parentElement) {
        const { overflowX, overflowY } = getComputedStyle(box);
        const clipsX = overflowX !== 'visible';
        const clipsY = overflowY !== 'visible';
        if (!clipsX && !clipsY) continue;
        // The clip is the padding box: inside the borders, scroll bars left out.
        const outer = box.getBoundingClientRect();
        const left = outer.left + box.clientLeft;
        const top = outer.top + box.clientTop;
        const clip = { left, top, right: left + box.clientWidth, bottom: top + box.clientHeight };
        if (beyond(clip, clipsX, clipsY))
          return `${box.tagName.toLowerCase()}${box.className ? `.${String(box.className).split(' ').join('.')}` : ''} (overflow ${overflowX} ${overflowY})`;
      }
    }
    return null;
  }
}

/** What does not fit the panel as it is now, laid out in each of the fit fonts; empty when it all fits. */
export async function fitProblems(root: PanelRoot, fonts: readonly FitFont[] = fitFonts): Promise<string[]> {
  const problems: string[] = [];
  for (const font of fonts) {
    const report = await root.locator('body').evaluate(measure, font);
    const say = (what: string, items: readonly string[]) => {
      for (const item of items) problems.push(`in ${font}: ${what}: ${item}`);
    };
    if (report.missingFont) {
      problems.push(
        `font ${report.missingFont} is not installed, so the fit check cannot lay the panel out in it ` +
          '(apt-get install fonts-dejavu-core fonts-noto-core; npm test installs them as root)',
      );
      continue;
    }
    const { scroll } = report;
    if (scroll.width > scroll.viewportWidth) say('page scrolls sideways', [`${scroll.width} px`]);
    if (scroll.height > scroll.viewportHeight) say('page scrolls', [`${scroll.height} px`]);
    say('outside the panel', report.outside);
    say('clipped text', report.clipped);
    say('touch target under 48 px', report.smallTargets);
  }
  return problems;
}

/**
 * The screen fits the panel in each fit font: no page scroll, nothing off the panel, no text cut off,
 * touch targets ≥ 48 px. Each font costs one measurement, not a test of its own.
 */
export async function expectFitsPanel(root: PanelRoot): Promise<void> {
  expect(await fitProblems(root), 'what does not fit the panel').toEqual([]);
}
