import type { Locator, Page } from '@playwright/test';

/** The portal's Sign in page, where every portal visit starts. */
export class PortalSignInPage {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Sign in', level: 1 });
  }

  async open(path = '/portal/'): Promise<void> {
    await this.page.goto(path);
    await this.heading.waitFor();
  }

  /** Why the form is showing or what the last sign-in was told: a status or an alert. */
  message(text: string | RegExp): Locator {
    return this.page.getByRole('main').getByText(text);
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.page.getByLabel('Username').fill(username);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }
}
