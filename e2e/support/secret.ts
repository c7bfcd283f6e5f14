import { expect } from '@playwright/test';
import type { Simulator } from '../pages/Simulator';

/** Fails when the panel's page still holds `secret`: in its markup or in any field's value. */
export async function expectSecretGone(simulator: Simulator, secret: string): Promise<void> {
  const found = await simulator.frame.evaluate((frame: HTMLIFrameElement, wanted: string) => {
    const doc = (frame.contentWindow as Window).document;
    const values = [...doc.querySelectorAll('input, textarea')].map(
      (field) => (field as HTMLInputElement).value,
    );
    return doc.documentElement.outerHTML.includes(wanted) || values.some((value) => value.includes(wanted));
  }, secret);
  expect(found, 'the secret is still in the panel page').toBe(false);
}
