import type { Locator } from '@playwright/test';
import type { PanelRoot } from './panel-root';

/** While the panel waits for the tenant: checking a card (with Cancel) or registering it. */
export class BusyScreen {
  constructor(private readonly root: PanelRoot) {}

  get checkingCard(): Locator {
    return this.root.getByRole('heading', { name: 'Checking your card…' });
  }

  get registeringCard(): Locator {
    return this.root.getByRole('heading', { name: 'Registering your card…' });
  }

  async cancel(): Promise<void> {
    await this.root.getByRole('button', { name: 'Cancel' }).click();
  }
}
