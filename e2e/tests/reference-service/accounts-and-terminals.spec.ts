import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { MyProfilePage } from '../../pages/portal/MyProfilePage';
import { PasswordAndSessionsPage } from '../../pages/portal/PasswordAndSessionsPage';
import { PortalSignInPage } from '../../pages/portal/PortalSignInPage';
import { TerminalsPage } from '../../pages/portal/TerminalsPage';
import { UserAccountPage } from '../../pages/portal/UserAccountPage';
import { UserCardsPage } from '../../pages/portal/UserCardsPage';
import { UsersAdminPage } from '../../pages/portal/UsersAdminPage';
import { expect, test } from '../../support/fixtures';
import { enrollCard } from '../../support/journeys';
import { referenceService } from '../../support/reference-service';

/**
 * Account and terminal management in the portal, against the reference service (issue 12, items 2 and 3).
 * The service keeps what each test does, so every test works with a user or terminal of its own.
 */

const admin = { username: 'admin', password: 'admin-demo-pass' };
const origin = `http://127.0.0.1:${referenceService.simulatorPort}`;

/** A name no other test (or earlier run) has used. */
const unique = (prefix: string) => `${prefix}-${randomBytes(3).toString('hex')}`;
/** Passwords that pass the rules: 12 characters or more, not on the common list. */
const firstPassword = 'violet harbour lantern';
const secondPassword = 'copper meadow bicycle';

async function signedInPage(browser: Browser, username: string, password: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: origin });
  const page = await context.newPage();
  const signIn = new PortalSignInPage(page);
  await signIn.open();
  await signIn.signIn(username, password);
  await new MyProfilePage(page).heading.waitFor();
  return page;
}

/** Creates a user with a password through New user; the administrator's page is then on that user. */
async function createUser(adminPage: Page, displayName: string, password = firstPassword) {
  const username = unique(displayName.toLowerCase().split(' ')[0] ?? 'user');
  const users = new UsersAdminPage(adminPage);
  await users.open();
  await users.createUser({ username, displayName, password });
  await new UserAccountPage(adminPage).heading(displayName).waitFor();
  return { username, displayName, password };
}

/** axe over the page as it is now; any violation fails. */
async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** What the terminal API answers a terminal calling with `key`. */
async function identifyWith(page: Page, key: string): Promise<number> {
  const answer = await page.request.post('/api/v1/cards/identify', {
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    data: { cardNumber: randomBytes(4).toString('hex').toUpperCase() },
  });
  return answer.status();
}

test.describe('accounts and terminals in the portal', () => {
  // Each test signs in two or three times, and the service hashes passwords slowly on purpose.
  test.describe.configure({ timeout: 60_000 });

  test('an administrator creates a user, who signs in; disabled, the user cannot; enabled, they can again', async ({
    browser,
  }) => {
    const adminPage = await signedInPage(browser, admin.username, admin.password);
    await new UsersAdminPage(adminPage).open();
    await expectAccessible(adminPage);
    const user = await createUser(adminPage, 'Erin Novak');

    const own = await signedInPage(browser, user.username, user.password);
    await expect(new MyProfilePage(own).heading).toBeVisible();

    const account = new UserAccountPage(adminPage);
    await account.disable(user.displayName);
    await expect(account.status('Account disabled.')).toBeVisible();
    await expect(account.state).toContainText('Disabled');
    // Disabling ended the session the user had open.
    await own.reload();
    const signIn = new PortalSignInPage(own);
    await expect(signIn.heading).toBeVisible();
    await signIn.signIn(user.username, user.password);
    await expect(signIn.message(/^Wrong username or password\./)).toBeVisible();

    await account.enable();
    await expect(account.status('Account enabled.')).toBeVisible();
    await signIn.signIn(user.username, user.password);
    await expect(new MyProfilePage(own).heading).toBeVisible();
  });

  test('a password set by an administrator ends the user’s sessions; a one-time password they issue registers a card', async ({
    browser,
    panel,
    reader,
  }) => {
    const adminPage = await signedInPage(browser, admin.username, admin.password);
    const user = await createUser(adminPage, 'Farid Haddad');
    const own = await signedInPage(browser, user.username, user.password);

    const account = new UserAccountPage(adminPage);
    await account.setPassword(secondPassword);
    await expect(account.passwordSection.getByRole('status')).toContainText('Password set.');
    await expect(account.passwordSection.getByLabel('New password', { exact: true })).toHaveValue('');
    await expectAccessible(adminPage);

    // The user's next step finds the session gone; the new password signs them in.
    await new PasswordAndSessionsPage(own).follow();
    const signIn = new PortalSignInPage(own);
    await expect(signIn.message('Your session ended. Sign in again to go on.')).toBeVisible();
    await signIn.signIn(user.username, secondPassword);
    // Signed in again, the portal stays on the page the user was opening.
    await expect(new PasswordAndSessionsPage(own).heading).toBeVisible();

    const otp = await account.generateOneTimePassword();
    expect(otp).toMatch(/^\d{6,}$/);
    await enrollCard(panel, reader, randomBytes(4).toString('hex').toUpperCase(), {
      username: user.username,
      secret: otp,
    });
    await expect(panel.signedIn.heading(user.displayName)).toBeVisible();
  });

  test('wrong current passwords lock the account; an administrator unlocks it', async ({ browser }) => {
    const adminPage = await signedInPage(browser, admin.username, admin.password);
    const user = await createUser(adminPage, 'Grace Ito');
    const own = await signedInPage(browser, user.username, user.password);
    const passwords = new PasswordAndSessionsPage(own);
    await passwords.open();
    await passwords.changePassword('not my password', secondPassword);
    await expect(passwords.problem).toHaveText(
      'The current password is wrong. 4 attempts left before the account is locked.',
    );
    for (const left of [3, 2, 1]) {
      await passwords.changePassword('not my password', secondPassword);
      await expect(passwords.problem).toContainText(`${left} attempt`);
    }
    await passwords.changePassword('not my password', secondPassword);
    await expect(passwords.problem).toContainText('This account is locked');

    const userCards = new UserCardsPage(adminPage);
    await userCards.open(user.username);
    const account = new UserAccountPage(adminPage);
    await expect(account.state).toContainText('Locked until');
    await account.unlock();
    await expect(account.status('Account unlocked.')).toBeVisible();

    // Unlocked, the password still is the first one: the wrong guesses changed nothing.
    await passwords.changePassword(user.password, secondPassword);
    await expect(passwords.changed).toBeVisible();
  });

  test('a user changes their own password: the old one is needed, a weak one is refused, their other session ends', async ({
    browser,
  }) => {
    const adminPage = await signedInPage(browser, admin.username, admin.password);
    const user = await createUser(adminPage, 'Hana Kovac');
    const here = await signedInPage(browser, user.username, user.password);
    const elsewhere = await signedInPage(browser, user.username, user.password);

    const passwords = new PasswordAndSessionsPage(here);
    await passwords.open();
    await expect(passwords.sessions).toHaveCount(2);
    await expect(passwords.sessions.filter({ hasText: 'This browser' })).toHaveCount(1);
    await expectAccessible(here);

    await passwords.changePassword(user.password, 'password1234');
    await expect(passwords.problem).toHaveText(
      'The card service refused this password: use at least 12 characters, not the username, and not a common password.',
    );
    for (const field of ['Current password', 'New password', 'New password again'] as const)
      await expect(passwords.field(field)).toHaveValue('');

    await passwords.changePassword(user.password, secondPassword);
    await expect(passwords.changed).toBeVisible();
    await expect(passwords.sessions).toHaveCount(1);

    await new PasswordAndSessionsPage(elsewhere).follow();
    await expect(new PortalSignInPage(elsewhere).heading).toBeVisible();
  });

  test('Sign out everywhere ends the session in another browser too', async ({ browser }) => {
    const adminPage = await signedInPage(browser, admin.username, admin.password);
    const user = await createUser(adminPage, 'Ivo Berg');
    const here = await signedInPage(browser, user.username, user.password);
    const elsewhere = await signedInPage(browser, user.username, user.password);

    const passwords = new PasswordAndSessionsPage(here);
    await passwords.open();
    await passwords.signOutEverywhere();
    const signIn = new PortalSignInPage(here);
    await expect(signIn.message('You are signed out in every browser, this one included.')).toBeVisible();

    await elsewhere.reload();
    await expect(new PortalSignInPage(elsewhere).heading).toBeVisible();
  });

  test('a terminal added in the portal: its key shows once, works at the terminal API, and is refused once revoked', async ({
    browser,
  }) => {
    const adminPage = await signedInPage(browser, admin.username, admin.password);
    const terminals = new TerminalsPage(adminPage);
    await terminals.open();
    const name = unique('Printer');
    const key = await terminals.add(name);
    expect(key.length).toBeGreaterThanOrEqual(20);
    await expect(terminals.shownKey(name)).toContainText('You will not see this key again');
    await expect(terminals.lastContact(name)).toHaveText('Not yet');
    await expectAccessible(adminPage);
    expect(adminPage.url()).not.toContain(key);

    // Leaving the page forgets the key.
    await adminPage.getByRole('navigation').getByRole('link', { name: 'My Profile' }).click();
    await terminals.open();
    await expect(adminPage.getByText(key)).toHaveCount(0);

    expect(await identifyWith(adminPage, key)).toBe(200);
    await adminPage.reload();
    await expect(terminals.lastContact(name)).toHaveText(/(now|seconds? ago|minutes? ago) \(.+\)/);

    await terminals.revoke(name);
    await expect(adminPage.getByRole('status').filter({ hasText: `${name} revoked.` })).toBeVisible();
    await expect(terminals.terminal(name)).toContainText('Revoked');
    expect(await identifyWith(adminPage, key)).toBe(401);
  });
});
