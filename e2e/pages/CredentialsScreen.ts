import type { Locator } from '@playwright/test';
import type { PanelRoot } from './panel-root';

export interface Credentials {
  readonly username: string;
  readonly secret: string;
}

/** Username, Password (or one-time password) and Register card. */
export class CredentialsScreen {
  constructor(private readonly root: PanelRoot) {}

  get heading(): Locator {
    return this.root.getByRole('heading', { name: 'Register card' });
  }

  get username(): Locator {
    return this.root.getByRole('textbox', { name: 'Username' });
  }

  /** The secret field; its label says whether a one-time password is accepted. */
  get secret(): Locator {
    return this.root.getByLabel(/^Password/);
  }

  get registerCard(): Locator {
    return this.root.getByRole('button', { name: 'Register card' });
  }

  /** Offered where the terminal's config turns the phone hand-over on. */
  get useYourPhoneButton(): Locator {
    return this.root.getByRole('button', { name: 'Use your phone' });
  }

  async useYourPhone(): Promise<void> {
    await this.useYourPhoneButton.click();
  }

  get cancelButton(): Locator {
    return this.root.getByRole('button', { name: 'Cancel' });
  }

  get notice(): Locator {
    return this.root.getByRole('alert');
  }

  async fill({ username, secret }: Credentials): Promise<void> {
    await this.username.fill(username);
    await this.secret.fill(secret);
  }

  async register(credentials: Credentials): Promise<void> {
    await this.fill(credentials);
    await this.registerCard.click();
  }

  async cancel(): Promise<void> {
    await this.cancelButton.click();
  }
}
