import type { Locator } from '@playwright/test';
import type { PanelRoot } from './panel-root';

/** "This card is not registered" with Enrollment and Cancel. */
export class EnrollmentPrompt {
  constructor(private readonly root: PanelRoot) {}

  get heading(): Locator {
    return this.root.getByRole('heading', { name: 'This card is not registered' });
  }

  get enrollment(): Locator {
    return this.root.getByRole('button', { name: 'Enrollment' });
  }

  get cancelButton(): Locator {
    return this.root.getByRole('button', { name: 'Cancel' });
  }

  /** The card as the panel shows it (masked). */
  get card(): Locator {
    return this.root.getByText(/^Card /);
  }

  async enroll(): Promise<void> {
    await this.enrollment.click();
  }

  async cancel(): Promise<void> {
    await this.cancelButton.click();
  }
}
