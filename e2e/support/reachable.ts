import { expect, type Locator } from '@playwright/test';

/** Where a person's finger lands on a control, and what the panel has there. */
interface Hit {
  readonly centre: { readonly x: number; readonly y: number };
  /** The control itself, or something inside it, is what the centre hits. */
  readonly hitsItself: boolean;
  /** What is there instead, when something else covers the centre. */
  readonly coveredBy: string;
}

/** Runs in the panel: what `document.elementFromPoint` finds at the centre of `control`. */
function hitAtCentre(control: Element): Hit {
  const rect = control.getBoundingClientRect();
  const centre = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  const hit = document.elementFromPoint(centre.x, centre.y);
  const hitsItself = hit !== null && (hit === control || control.contains(hit));
  const coveredBy =
    hit === null
      ? 'nothing (outside the panel)'
      : `${hit.tagName.toLowerCase()}.${String(hit.className).split(' ').join('.')} "${(hit.textContent ?? '').trim().slice(0, 40)}"`;
  return { centre, hitsItself, coveredBy: hitsItself ? '' : coveredBy };
}

/**
 * A person can press `control`: it is visible, nothing else lies over its centre (the panel's own
 * elementFromPoint finds it there), and Playwright's trial click, which checks that the control would
 * receive the tap, passes. A trial click does not press it.
 */
export async function expectReachable(control: Locator, name: string): Promise<void> {
  await expect(control, `${name} is visible`).toBeVisible();
  const hit = await control.evaluate(hitAtCentre);
  expect(hit.coveredBy, `${name}: what lies over its centre (${hit.centre.x}, ${hit.centre.y})`).toBe('');
  await control.click({ trial: true, timeout: 5_000 });
}
