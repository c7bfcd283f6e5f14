import type { Locator, Page } from '@playwright/test';

/** Password and sessions: a person's own password change, their sessions, and Sign out everywhere. */
export class PasswordAndSessionsPage {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Password and sessions', level: 1 });
  }

  /** Follows the link in the navigation; a session that has ended meanwhile lands on Sign in instead. */
  async follow(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Password and sessions' }).click();
  }

  async open(): Promise<void> {
    await this.follow();
    await this.heading.waitFor();
  }

  field(label: 'Current password' | 'New password' | 'New password again'): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async changePassword(current: string, next: string, repeat = next): Promise<void> {
    await this.field('Current password').fill(current);
    await this.field('New password').fill(next);
    await this.field('New password again').fill(repeat);
    await this.page.getByRole('button', { name: 'Change password' }).click();
  }

  /** The form's refusal, read out as an alert. */
  get problem(): Locator {
    return this.page.getByRole('main').getByRole('alert');
  }

  get changed(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Password changed.' });
  }

  get sessions(): Locator {
    return this.page.getByRole('list', { name: 'Where you are signed in' }).getByRole('listitem');
  }

  async signOutEverywhere(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await this.page
      .getByRole('group', { name: /^Sign out everywhere\?/ })
      .getByRole('button', { name: 'Sign out everywhere' })
      .click();
  }
}
