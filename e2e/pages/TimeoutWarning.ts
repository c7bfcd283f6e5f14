import type { Locator } from '@playwright/test';
import type { PanelRoot } from './panel-root';

/** The warning shortly before a screen times out, with More time. */
export class TimeoutWarning {
  constructor(private readonly root: PanelRoot) {}

  get message(): Locator {
    return this.root.getByText('Still there? This screen closes soon.');
  }

  get moreTime(): Locator {
    return this.root.getByRole('button', { name: 'More time' });
  }
}
