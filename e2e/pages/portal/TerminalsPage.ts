import type { Locator, Page } from '@playwright/test';

/** Terminals, for administrators: add a terminal (its key shown once), last contact, Revoke. */
export class TerminalsPage {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Terminals', level: 1 });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Terminals' }).click();
    await this.heading.waitFor();
  }

  /** The key of the terminal just added, with its warning, Copy key and Done. */
  shownKey(name: string): Locator {
    return this.page.getByRole('region', { name: `Key of ${name}` });
  }

  /** Adds a terminal and reads its key off the page, as an installer copies it. */
  async add(name: string): Promise<string> {
    await this.page.getByLabel('Name', { exact: true }).fill(name);
    await this.page.getByRole('button', { name: 'Add terminal' }).click();
    const key = this.shownKey(name).getByRole('paragraph').first();
    return ((await key.textContent()) ?? '').trim();
  }

  async done(name: string): Promise<void> {
    await this.shownKey(name).getByRole('button', { name: 'Done' }).click();
  }

  terminal(name: string): Locator {
    return this.page.getByRole('listitem', { name, exact: true });
  }

  /** The terminal's last contact: "Not yet", or how long ago with the date and time. */
  lastContact(name: string): Locator {
    return this.terminal(name).getByRole('definition').nth(2);
  }

  async revoke(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Revoke ${name}` }).click();
    await this.page
      .getByRole('group', { name: new RegExp(`^Revoke ${name}\\?`) })
      .getByRole('button', { name: 'Revoke terminal' })
      .click();
  }
}
