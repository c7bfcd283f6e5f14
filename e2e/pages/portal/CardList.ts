import type { Locator } from '@playwright/test';

/** A list of someone's cards in the portal (My Profile → Cards, Users → a user's Cards). */
export class CardList {
  constructor(
    /** The page section that holds the list and its heading. */
    private readonly section: Locator,
  ) {}

  /** One card, found by the end of its masked number as a person reads it (e.g. "ABCD"). */
  card(lastFour: string): Locator {
    return this.section
      .getByRole('listitem')
      .filter({ has: this.section.page().getByText(new RegExp(`•${lastFour}$`)) });
  }

  async remove(lastFour: string): Promise<void> {
    await this.card(lastFour)
      .getByRole('button', { name: /^Remove card/ })
      .click();
    await this.card(lastFour).getByRole('button', { name: 'Remove card', exact: true }).click();
  }
}
