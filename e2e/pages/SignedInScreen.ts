import type { Locator } from '@playwright/test';
import type { PanelRoot } from './panel-root';

/** The user is signed in at the printer, with Log out. */
export class SignedInScreen {
  constructor(private readonly root: PanelRoot) {}

  heading(displayName: string): Locator {
    return this.root.getByRole('heading', { name: `Signed in as ${displayName}` });
  }

  get message(): Locator {
    return this.root.getByRole('status');
  }

  get logOutButton(): Locator {
    return this.root.getByRole('button', { name: 'Log out' });
  }

  async logOut(): Promise<void> {
    await this.logOutButton.click();
  }
}
