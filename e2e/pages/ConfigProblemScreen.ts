import type { Locator } from '@playwright/test';
import type { PanelRoot } from './panel-root';

/** What a panel shows when its config.json cannot be used: the problems, each naming its field. */
export class ConfigProblemScreen {
  constructor(private readonly root: PanelRoot) {}

  get heading(): Locator {
    return this.root.getByRole('heading', { name: 'This printer is not set up yet' });
  }

  /** The list of problems, announced as an alert. */
  get problems(): Locator {
    return this.root.getByRole('alert').getByRole('listitem');
  }

  async loadAgain(): Promise<void> {
    await this.root.getByRole('button', { name: 'Load again' }).click();
  }
}
