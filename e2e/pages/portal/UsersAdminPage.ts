import type { Locator, Page } from '@playwright/test';

export interface NewUser {
  readonly username: string;
  readonly displayName: string;
  /** Without one, the user signs in with a one-time password an administrator issues. */
  readonly password?: string;
}

/** Users, for administrators: the list and the New user form. */
export class UsersAdminPage {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Users', level: 1 });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Users' }).click();
    await this.heading.waitFor();
  }

  /** The one refusal of the form, read out as an alert. */
  get problem(): Locator {
    return this.page.getByRole('main').getByRole('alert');
  }

  /** Fills New user and creates the user; on success the portal opens the new user's page. */
  async createUser(user: NewUser): Promise<void> {
    await this.page.getByText('New user', { exact: true }).click();
    await this.page.getByLabel('Username', { exact: true }).fill(user.username);
    await this.page.getByLabel('Display name', { exact: true }).fill(user.displayName);
    if (user.password !== undefined)
      await this.page.getByLabel('First password (optional)').fill(user.password);
    await this.page.getByRole('button', { name: 'Create user' }).click();
  }
}
