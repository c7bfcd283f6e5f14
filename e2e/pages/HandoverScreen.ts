import type { Locator } from '@playwright/test';
import type { PanelRoot } from './panel-root';

/** Use your phone: the QR code, the short code and the link to type, the time left, Cancel and Back. */
export class HandoverScreen {
  constructor(private readonly root: PanelRoot) {}

  get heading(): Locator {
    return this.root.getByRole('heading', { name: 'Register with your phone' });
  }

  get qrCode(): Locator {
    return this.root.getByRole('img', { name: /^QR code/ });
  }

  /** The short code a person types on their phone, e.g. K7P-3QX. */
  get userCode(): Locator {
    return this.root.getByText(/^[2-9A-Z]{3}-[2-9A-Z]{3}$/);
  }

  /** The portal address for people who type it instead of scanning. */
  get link(): Locator {
    return this.root.getByText(/^No camera\? Open \S+ and enter this code:$/);
  }

  get timeLeft(): Locator {
    return this.root.getByText(/^Time left: \d+:\d\d$/);
  }

  get cancelButton(): Locator {
    return this.root.getByRole('button', { name: 'Cancel' });
  }

  async cancel(): Promise<void> {
    await this.cancelButton.click();
  }

  async back(): Promise<void> {
    await this.root.getByRole('button', { name: 'Back' }).click();
  }

  /** Whether the QR code image has loaded (a blocked or missing image has no natural size); poll it. */
  async qrCodeLoaded(): Promise<boolean> {
    return this.qrCode.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
  }
}
