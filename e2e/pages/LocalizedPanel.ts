import { type Catalog, catalogs, type Locale } from '@cardenroll/core';
import type { Locator } from '@playwright/test';
import type { Credentials } from './CredentialsScreen';
import type { PanelRoot } from './panel-root';

/**
 * The enrollment prompt as someone reading the panel's language finds it. Names are matched exactly:
 * in some languages one button's name is part of another's (登録, カードを登録).
 */
export class LocalizedEnrollmentPrompt {
  constructor(
    private readonly root: PanelRoot,
    private readonly text: Catalog,
  ) {}

  get heading(): Locator {
    return this.root.getByRole('heading', { name: this.text['prompt.title'], exact: true });
  }

  get enrollment(): Locator {
    return this.root.getByRole('button', { name: this.text['prompt.enroll'], exact: true });
  }

  get cancelButton(): Locator {
    return this.root.getByRole('button', { name: this.text['prompt.cancel'], exact: true });
  }

  async enroll(): Promise<void> {
    await this.enrollment.click();
  }
}

/** The credentials screen in the panel's language: username, secret, Register card, and its message. */
export class LocalizedCredentialsScreen {
  constructor(
    private readonly root: PanelRoot,
    private readonly text: Catalog,
  ) {}

  get heading(): Locator {
    return this.root.getByRole('heading', { name: this.text['credentials.title'], exact: true });
  }

  get username(): Locator {
    return this.root.getByRole('textbox', { name: this.text['credentials.username'], exact: true });
  }

  /** The secret field, labelled Password or Password-or-one-time-password depending on the tenant. */
  get secret(): Locator {
    return this.root
      .getByLabel(this.text['credentials.passwordOrOtp'], { exact: true })
      .or(this.root.getByLabel(this.text['credentials.password'], { exact: true }));
  }

  get registerCard(): Locator {
    return this.root.getByRole('button', { name: this.text['credentials.submit'], exact: true });
  }

  get notice(): Locator {
    return this.root.getByRole('alert');
  }

  async register({ username, secret }: Credentials): Promise<void> {
    await this.username.fill(username);
    await this.secret.fill(secret);
    await this.registerCard.click();
  }
}

/** The panel in one of its languages: its root element (which carries lang and dir) and its screens. */
export class LocalizedPanel {
  readonly text: Catalog;
  readonly prompt: LocalizedEnrollmentPrompt;
  readonly credentials: LocalizedCredentialsScreen;

  constructor(
    private readonly root: PanelRoot,
    readonly locale: Locale,
  ) {
    this.text = catalogs[locale];
    this.prompt = new LocalizedEnrollmentPrompt(root, this.text);
    this.credentials = new LocalizedCredentialsScreen(root, this.text);
  }

  /** The element the panel renders into and marks with its language and writing direction. */
  get main(): Locator {
    return this.root.getByRole('main');
  }
}
