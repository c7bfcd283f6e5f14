import type { Locator } from '@playwright/test';
import type { PanelRoot } from './panel-root';

/** A failure with its message and ways back (Try again, Back, OK, Cancel). */
export class ProblemScreen {
  constructor(private readonly root: PanelRoot) {}

  heading(title: string): Locator {
    return this.root.getByRole('heading', { name: title });
  }

  get message(): Locator {
    return this.root.getByRole('alert');
  }

  button(name: 'Try again' | 'Start again' | 'Back' | 'OK' | 'Cancel'): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }
}
