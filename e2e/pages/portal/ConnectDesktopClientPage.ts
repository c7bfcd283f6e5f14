import type { Locator, Page } from '@playwright/test';

/** Connect a desktop client: the page `cardenroll-client login` sends a person to (docs/desktop-client.md). */
export class ConnectDesktopClientPage {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Connect a desktop client', level: 1 });
  }

  question(name: string): Locator {
    return this.page.getByText(
      `Card enrollment desktop client asks to sign in as ${name}, to get one-time passwords for you.`,
    );
  }

  codeCheck(code: string): Locator {
    return this.page.getByText(`Approve only if the desktop client in front of you shows ${code}.`);
  }

  async approve(): Promise<void> {
    await this.page.getByRole('button', { name: 'Approve' }).click();
  }

  get connected(): Locator {
    return this.page.getByRole('heading', { name: 'Desktop client connected' });
  }
}
