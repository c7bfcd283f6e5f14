import type { Locator, Page } from '@playwright/test';

/** Users → a user's page, for administrators: the account's state and what can be done to it. */
export class UserAccountPage {
  constructor(private readonly page: Page) {}

  heading(displayName: string): Locator {
    return this.page.getByRole('heading', { name: `Cards of ${displayName}`, level: 1 });
  }

  /** The account's state in the facts at the top: Active, Disabled, or Locked until …. */
  get state(): Locator {
    return this.page.getByRole('main').locator('dl.facts').first();
  }

  /** What the last change said, as a status (done) or an alert (refused). */
  status(text: string): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  private confirm(question: RegExp, button: string): Promise<void> {
    return this.page.getByRole('group', { name: question }).getByRole('button', { name: button }).click();
  }

  async disable(displayName: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Disable account' }).click();
    await this.confirm(new RegExp(`^Disable the account of ${displayName}\\?`), 'Disable account');
  }

  async enable(): Promise<void> {
    await this.page.getByRole('button', { name: 'Enable account' }).click();
  }

  async unlock(): Promise<void> {
    await this.page.getByRole('button', { name: 'Unlock' }).click();
  }

  async deleteUser(displayName: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete user' }).click();
    await this.confirm(new RegExp(`^Delete ${displayName}\\?`), 'Delete user');
  }

  /** The New password section: sets a password the user is then given in person. */
  get passwordSection(): Locator {
    return this.page.getByRole('region', { name: 'New password' });
  }

  async setPassword(password: string): Promise<void> {
    const section = this.passwordSection;
    await section.getByLabel('New password', { exact: true }).fill(password);
    await section.getByLabel('New password again').fill(password);
    await section.getByRole('button', { name: 'Set password' }).click();
  }

  /** Issues a one-time password and reads it off the page. */
  async generateOneTimePassword(): Promise<string> {
    await this.page.getByRole('button', { name: 'Generate one-time password' }).click();
    const shown = this.page.getByRole('region', { name: 'New one-time password' });
    return ((await shown.getByRole('paragraph').first().textContent()) ?? '').trim();
  }
}
