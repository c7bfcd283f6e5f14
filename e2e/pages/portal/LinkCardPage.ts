import type { Locator, Page } from '@playwright/test';

/** Link a card: the phone's side of "Use your phone", reached by the QR code or by typing the code. */
export class LinkCardPage {
  constructor(private readonly page: Page) {}

  /** What the QR code holds: the portal's link page with the code in it. */
  async openWithCode(code: string): Promise<void> {
    await this.page.goto(`/portal/link?code=${encodeURIComponent(code)}`);
  }

  question(maskedCardEnd: string, name: string): Locator {
    return this.page.getByText(new RegExp(`^Register card .*${maskedCardEnd} at .+ to ${name}\\?$`));
  }

  async confirm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Confirm' }).click();
  }

  get registered(): Locator {
    return this.page.getByRole('heading', { name: 'Card registered' });
  }
}
