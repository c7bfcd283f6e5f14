import type { Locator, Page } from '@playwright/test';
import { CardList } from './CardList';

/** My Profile: the signed-in person's cards and their one-time password. */
export class MyProfilePage {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'My Profile', level: 1 });
  }

  get cards(): CardList {
    return new CardList(this.page.getByRole('main'));
  }

  /** Generates a one-time password and reads it off the page, as a person notes it down. */
  async generateOneTimePassword(): Promise<string> {
    await this.page.getByRole('button', { name: 'Generate one-time password' }).click();
    const shown = this.page.getByRole('region', { name: 'New one-time password' });
    const text = (await shown.getByRole('paragraph').first().textContent()) ?? '';
    return text.trim();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign out' }).click();
  }
}
