import type { Locator, Page } from '@playwright/test';

/** Sign-in providers, for administrators: the config file's list, read-only, with a Test per provider. */
export class SignInProvidersPage {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Sign-in providers', level: 1 });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Sign-in providers' }).click();
    await this.heading.waitFor();
  }

  /** One provider of the list, by its name. */
  provider(name: string): Locator {
    return this.page.getByRole('listitem').filter({ has: this.page.getByRole('heading', { name }) });
  }

  /** Tests a provider, looking up `username` (optional); the answer is its status line. */
  async test(name: string, username = ''): Promise<Locator> {
    const item = this.provider(name);
    await item.getByLabel('Username to look up (optional)').fill(username);
    await item.getByRole('button', { name: 'Test' }).click();
    return item.getByRole('status');
  }
}
