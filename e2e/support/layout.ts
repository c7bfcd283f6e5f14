import { expect } from '@playwright/test';
import type { PanelRoot } from '../pages/panel-root';

interface LayoutReport {
  readonly scroll: { width: number; height: number; viewportWidth: number; viewportHeight: number };
  readonly outside: string[];
  readonly clipped: string[];
  readonly smallTargets: string[];
}

/** Measures, inside the panel, what a person would see as broken: scrolling, clipped text, tiny targets. */
function measure(): LayoutReport {
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  const viewportWidth = window.innerWidth;
  const viewportHeight = window.innerHeight;
  const outside: string[] = [];
  const clipped: string[] = [];
  const smallTargets: string[] = [];
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
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
    if (el instanceof HTMLElement && el.children.length === 0 && el.textContent?.trim()) {
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
        clipped.push(describe(el));
    }
    if (el.matches('button, input, select, a[href]') && (rect.height < 48 || rect.width < 48)) {
      smallTargets.push(`${describe(el)} ${Math.round(rect.width)}×${Math.round(rect.height)}`);
    }
  }
  const root = document.documentElement;
  return {
    scroll: { width: root.scrollWidth, height: root.scrollHeight, viewportWidth, viewportHeight },
    outside,
    clipped,
    smallTargets,
  };
}

/** The screen fits the panel: no page scroll, nothing off-screen or clipped, touch targets ≥ 48 px. */
export async function expectFitsPanel(root: PanelRoot): Promise<void> {
  const report = await root.locator('body').evaluate(measure);
  expect(report.scroll.width, 'page scrolls sideways').toBeLessThanOrEqual(report.scroll.viewportWidth);
  expect(report.scroll.height, 'page scrolls').toBeLessThanOrEqual(report.scroll.viewportHeight);
  expect(report.outside, 'elements outside the panel').toEqual([]);
  expect(report.clipped, 'clipped text').toEqual([]);
  expect(report.smallTargets, 'touch targets under 48 px').toEqual([]);
}
