import type { Locator, Page } from '@playwright/test';

/**
 * The identity provider's own sign-in form (oidc-provider's development login, started by the test): where
 * a person types their organisation's credentials, never on the panel or in our portal.
 */
export class ProviderLoginPage {
  constructor(private readonly page: Page) {}

  get login(): Locator {
    return this.page.locator('input[name="login"]');
  }

  async signIn(login: string, password: string): Promise<void> {
    await this.login.fill(login);
    await this.page.locator('input[name="password"]').fill(password);
    await this.page.getByRole('button', { name: 'Sign-in' }).click();
  }
}
