import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { CredentialsScreen } from '../../pages/CredentialsScreen';
import { EnrollmentPrompt } from '../../pages/EnrollmentPrompt';
import { HandoverScreen } from '../../pages/HandoverScreen';
import { ProblemScreen } from '../../pages/ProblemScreen';
import { LinkCardPage } from '../../pages/portal/LinkCardPage';
import { MyProfilePage } from '../../pages/portal/MyProfilePage';
import { PortalSignInPage } from '../../pages/portal/PortalSignInPage';
import { UserCardsPage } from '../../pages/portal/UserCardsPage';
import { SignedInScreen } from '../../pages/SignedInScreen';
import { Simulator } from '../../pages/Simulator';
import { expect, test } from '../../support/fixtures';
import { demo, enrollCard } from '../../support/journeys';
import { Reader } from '../../support/reader';
import { referenceService } from '../../support/reference-service';

/**
 * The whole system on one machine: the shipped Webclient panel in the simulator, the reference service
 * behind it (apps/cloud, on fresh data for this run) and its portal. The service keeps what each test
 * does, so every test swipes cards of its own and works with a user no other test here enrolls for.
 */

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** A card number no other test (or earlier run) has used: 8 hex digits. */
const newCard = () => randomBytes(4).toString('hex').toUpperCase();

const admin = { username: 'admin', password: 'admin-demo-pass' };

/** A browser of its own on the simulator's origin, where the service's portal is too. */
async function newBrowserPage(browser: Browser, options: { isMobile?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL: `http://127.0.0.1:${referenceService.simulatorPort}`,
    ...(options.isMobile ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {}),
  });
  return context.newPage();
}

/** The portal in a page of its own, signed in as `username`. */
async function portalAs(browser: Browser, username: string, password: string): Promise<Page> {
  const page = await newBrowserPage(browser);
  const signIn = new PortalSignInPage(page);
  await signIn.open();
  await signIn.signIn(username, password);
  return page;
}

test.describe('the panel with the reference service and its portal', () => {
  // Each test signs in to the portal once or twice, and the service hashes passwords slowly on purpose.
  test.describe.configure({ timeout: 60_000 });

  test('a card registered with a password is listed in My Profile and in the administrator’s view', async ({
    browser,
    panel,
    reader,
  }) => {
    const card = newCard();
    await enrollCard(panel, reader, card, demo.alice);
    await expect(panel.signedIn.heading(demo.alice.displayName)).toBeVisible();

    const own = await portalAs(browser, demo.alice.username, demo.alice.secret);
    const profile = new MyProfilePage(own);
    await expect(profile.heading).toBeVisible();
    const listed = profile.cards.card(card.slice(-4));
    await expect(listed).toContainText('Panel enrollment');
    await expect(listed).toContainText('Demo panel');
    // The portal never shows a whole card number.
    await expect(listed).not.toContainText(card);

    const adminPage = await portalAs(browser, admin.username, admin.password);
    const userCards = new UserCardsPage(adminPage);
    await userCards.open(demo.alice.username);
    await expect(userCards.heading(demo.alice.displayName)).toBeVisible();
    await expect(userCards.cards.card(card.slice(-4))).toContainText('Panel enrollment');
  });

  test('a one-time password generated in the portal registers a card once', async ({
    browser,
    panel,
    reader,
  }) => {
    const portal = await portalAs(browser, demo.bob.username, demo.bob.secret);
    const otp = await new MyProfilePage(portal).generateOneTimePassword();
    expect(otp).toMatch(/^\d{6,}$/);

    await enrollCard(panel, reader, newCard(), { username: demo.bob.username, secret: otp });
    await expect(panel.signedIn.heading(demo.bob.displayName)).toBeVisible();
    await panel.signedIn.logOut();

    await enrollCard(panel, reader, newCard(), { username: demo.bob.username, secret: otp });
    await expect(panel.credentials.heading).toBeVisible();
    await expect(panel.credentials.secret).toHaveValue('');
  });

  test('a card removed in the portal is unknown at the panel again', async ({ browser, panel, reader }) => {
    const card = newCard();
    await enrollCard(panel, reader, card, demo.carol);
    await expect(panel.signedIn.heading(demo.carol.displayName)).toBeVisible();
    await panel.signedIn.logOut();

    const portal = await portalAs(browser, demo.carol.username, demo.carol.secret);
    const profile = new MyProfilePage(portal);
    await profile.cards.remove(card.slice(-4));
    await expect(profile.cards.card(card.slice(-4))).toHaveCount(0);
    await expect(portal.getByRole('status').filter({ hasText: 'removed' })).toBeVisible();

    await reader.swipe(card);
    await expect(panel.prompt.heading).toBeVisible();
  });

  test('a directory import adds directory cards and leaves the card registered at the panel in place', async ({
    browser,
    panel,
    reader,
  }) => {
    // An administrator's one-time password for Dana, as for a user who cannot use a password at a printer.
    const adminPage = await portalAs(browser, admin.username, admin.password);
    await new UserCardsPage(adminPage).open(demo.dana.username);
    const otp = await new MyProfilePage(adminPage).generateOneTimePassword();
    const atPanel = newCard();
    await enrollCard(panel, reader, atPanel, { username: demo.dana.username, secret: otp });
    await expect(panel.signedIn.heading(demo.dana.displayName)).toBeVisible();

    const fromDirectory = newCard();
    const folder = mkdtempSync(join(tmpdir(), 'cardenroll-directory-'));
    const file = join(folder, 'people.csv');
    writeFileSync(
      file,
      `username,displayName,email,cardNumbers\ndana,Dana Weber,dana@demo.example,${fromDirectory}\n`,
    );
    const imported = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'apps/cloud/src/main.ts', 'import', file],
      {
        cwd: repoRoot,
        env: { ...process.env, CLOUD_DATA_DIR: referenceService.dataDir },
        encoding: 'utf8',
      },
    );
    expect(imported.status, imported.stderr).toBe(0);

    const userCards = new UserCardsPage(adminPage);
    await userCards.open(demo.dana.username);
    await expect(userCards.cards.card(fromDirectory.slice(-4))).toContainText('Directory import');
    await expect(userCards.cards.card(atPanel.slice(-4))).toContainText('Panel enrollment');

    // The directory card signs Dana in at once, with no enrollment.
    await panel.signedIn.logOut();
    await reader.swipe(fromDirectory);
    await expect(panel.signedIn.heading(demo.dana.displayName)).toBeVisible();
  });

  test('two panels registering the same card at once: one succeeds, the other is told it is taken', async ({
    browser,
    panel,
    reader,
  }) => {
    const card = newCard();
    const otherPage = await newBrowserPage(browser);
    const other = new Simulator(otherPage);
    await other.open('800x480', 'webclient');
    const otherReader = new Reader(otherPage, other.frame);
    const otherPanel = {
      prompt: new EnrollmentPrompt(other.panel),
      credentials: new CredentialsScreen(other.panel),
      signedIn: new SignedInScreen(other.panel),
      problem: new ProblemScreen(other.panel),
    };

    for (const [screens, cardReader, who] of [
      [panel, reader, demo.alice],
      [otherPanel, otherReader, demo.bob],
    ] as const) {
      await cardReader.swipe(card);
      await screens.prompt.enroll();
      await screens.credentials.username.fill(who.username);
      await screens.credentials.secret.fill(who.secret);
    }
    await Promise.all([panel.credentials.registerCard.click(), otherPanel.credentials.registerCard.click()]);

    const outcome = async (screens: { signedIn: SignedInScreen; problem: ProblemScreen }, name: string) => {
      const signedIn = screens.signedIn.heading(name);
      await expect(signedIn.or(screens.problem.heading('Card already registered'))).toBeVisible();
      return (await signedIn.isVisible()) ? 'registered' : 'taken';
    };
    const outcomes = await Promise.all([
      outcome(panel, demo.alice.displayName),
      outcome(otherPanel, demo.bob.displayName),
    ]);
    expect(outcomes.sort()).toEqual(['registered', 'taken']);
  });

  test('Use your phone: the code on the panel, confirmed in the portal on a phone, signs the user in', async ({
    browser,
    simulator,
    panel,
    reader,
  }) => {
    const card = newCard();
    await reader.swipe(card);
    await panel.prompt.enroll();
    await panel.credentials.useYourPhone();
    const handover = new HandoverScreen(simulator.panel);
    await expect(handover.qrCode).toBeVisible();
    await expect
      .poll(() => handover.qrCodeLoaded(), { message: 'the QR code PNG from the service' })
      .toBe(true);
    const code = (await handover.userCode.textContent()) ?? '';

    const phone = await newBrowserPage(browser, { isMobile: true });
    const link = new LinkCardPage(phone);
    await link.openWithCode(code);
    // Not signed in on the phone yet: the portal asks first, then comes back to the code.
    await new PortalSignInPage(phone).signIn(demo.alice.username, demo.alice.secret);
    await expect(link.question(card.slice(-4), demo.alice.displayName)).toBeVisible();
    await link.confirm();
    await expect(link.registered).toBeVisible();

    await expect(panel.signedIn.heading(demo.alice.displayName)).toBeVisible();
    await expect(panel.signedIn.message).toHaveText('Your card is registered. Next time, just swipe it.');
  });
});
