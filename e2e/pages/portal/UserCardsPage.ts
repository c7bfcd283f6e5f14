import type { Locator, Page } from '@playwright/test';
import { CardList } from './CardList';

/** Users → a user's Cards, for administrators. */
export class UserCardsPage {
  constructor(private readonly page: Page) {}

  /** From the Users list: search for the user and open their cards. */
  async open(username: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Users' }).click();
    await this.page.getByLabel('Search by username or display name').fill(username);
    await this.page.getByRole('button', { name: 'Search', exact: true }).click();
    await this.page.getByRole('link', { name: username, exact: true }).click();
  }

  heading(displayName: string): Locator {
    return this.page.getByRole('heading', { name: `Cards of ${displayName}`, level: 1 });
  }

  get cards(): CardList {
    return new CardList(this.page.getByRole('main'));
  }

  /** One-time password → Send one-time password by e-mail (where the service sends e-mail). */
  async sendOtpByEmail(): Promise<void> {
    await this.page.getByRole('button', { name: 'Send one-time password by e-mail' }).click();
  }
}
