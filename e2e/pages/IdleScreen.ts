import type { Locator } from '@playwright/test';
import type { PanelRoot } from './panel-root';

/** At rest, waiting for a swipe. */
export class IdleScreen {
  constructor(private readonly root: PanelRoot) {}

  get heading(): Locator {
    return this.root.getByRole('heading', { name: 'Swipe your card' });
  }
}
