import AxeBuilder from '@axe-core/playwright';
import { MyProfilePage } from '../../pages/portal/MyProfilePage';
import { PortalSignInPage } from '../../pages/portal/PortalSignInPage';
import { SignInProvidersPage } from '../../pages/portal/SignInProvidersPage';
import { expect, test } from '../../support/fixtures';
import { referenceService } from '../../support/reference-service';

// The reference service of the e2e suite has no config file: local users only, always listed. The
// directory itself is proven against a real slapd in apps/cloud/src/providers/ldap/ldap.journey.test.ts.

const origin = `http://127.0.0.1:${referenceService.simulatorPort}`;

test.describe('sign-in providers in the portal', () => {
  test('an administrator sees the local users, always there, and tests a lookup; axe finds nothing', async ({
    browser,
  }) => {
    const context = await browser.newContext({ baseURL: origin });
    const page = await context.newPage();
    const signIn = new PortalSignInPage(page);
    await signIn.open();
    await signIn.signIn('admin', 'admin-demo-pass');
    await new MyProfilePage(page).heading.waitFor();
    const providers = new SignInProvidersPage(page);
    await providers.open();
    await expect(providers.provider('Local users')).toContainText('local users are always available');
    const found = await providers.test('Local users', 'carol');
    await expect(found).toContainText('Found Carol Smith (carol).');
    await expect(found).toContainText('1 card number on record.');
    await expect(await providers.test('Local users', 'nobody-here')).toContainText(
      'No one has this username here.',
    );
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await context.close();
  });
});
