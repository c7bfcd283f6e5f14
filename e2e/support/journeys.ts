import { expect } from '@playwright/test';
import type { Credentials } from '../pages/CredentialsScreen';
import type { PanelScreens } from './fixtures';
import type { CardReader } from './reader';

/** The demo tenant, as the README documents it. */
export const demo = {
  alice: { username: 'alice', secret: 'alice-demo-pass', displayName: 'Alice Martin' },
  bob: { username: 'bob', secret: 'bob-demo-pass', otp: '246810', displayName: 'Bob Novak' },
  carol: { username: 'carol', secret: 'carol-demo-pass', displayName: 'Carol Smith', card: '04A1B2C3D4E5F6' },
  dana: { username: 'dana', displayName: 'Dana Weber', card: '2490285352', kmRead: '3934364542443238FFFF' },
  unknownCards: ['1234ABCD', '0BADC0DE', '04D3E8F2A17C80', '3735928559'],
} as const;

/**
 * Swipe an unknown card and register it with the given credentials, up to the signed-in screen. The swipe
 * comes once the panel says "Swipe your card", as a person's does: one during the step back from another
 * screen may rightly go to that screen.
 */
export async function enrollCard(
  panel: PanelScreens,
  reader: CardReader,
  card: string,
  credentials: Credentials,
): Promise<void> {
  await expect(panel.idle.heading).toBeVisible();
  await reader.swipe(card);
  await panel.prompt.enroll();
  await panel.credentials.register(credentials);
}
