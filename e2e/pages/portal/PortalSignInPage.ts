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
    await this.page.getByLabel('Username', { exact: true }).fill(username);
    await this.page.getByLabel('Password', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** The button of an identity provider (OpenID Connect), which leaves the portal for the provider's page. */
  providerButton(name: string): Locator {
    return this.page.getByRole('link', { name: `Sign in with ${name}` });
  }

  /** "I can't sign in at the printer": asks for a one-time password by e-mail for `login`. */
  async askForOtpByEmail(login: string): Promise<void> {
    await this.page.getByText('I can’t sign in at the printer').click();
    await this.page.getByLabel('Username or e-mail address').fill(login);
    await this.page.getByRole('button', { name: 'Send me a one-time password' }).click();
  }
}
