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

  async signIn(username: string, password: string): Promise<void> {
    await this.page.getByLabel('Username', { exact: true }).fill(username);
    await this.page.getByLabel('Password', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** "I can't sign in at the printer": asks for a one-time password by e-mail for `login`. */
  async askForOtpByEmail(login: string): Promise<void> {
    await this.page.getByText('I can’t sign in at the printer').click();
    await this.page.getByLabel('Username or e-mail address').fill(login);
    await this.page.getByRole('button', { name: 'Send me a one-time password' }).click();
  }
}
