import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestProvider, type TestProvider } from '../../../apps/cloud/src/testing/oidc-test-provider';
import { type ServiceProcess, spawnService } from '../../../apps/cloud/src/testing/service-process';
import { terminalClient } from '../../../apps/cloud/src/testing/test-cloud';
import { LinkCardPage } from '../../pages/portal/LinkCardPage';
import { PortalSignInPage } from '../../pages/portal/PortalSignInPage';
import { ProviderLoginPage } from '../../pages/portal/ProviderLoginPage';
import { expect, test } from '../../support/fixtures';

// The phone's side of "Use your phone" with the organisation's sign-in (OpenID Connect), in Chromium on a
// phone-sized screen: the service (built portal) and a real OpenID provider (oidc-provider) on another site
// (localhost vs 127.0.0.1), so the browser applies SameSite to the way back, as with a real provider.

const clientSecret = 'e2e-client-secret-3c9a';
let idp: TestProvider;
let service: ServiceProcess;
let dir: string;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oidc-e2e-'));
  idp = await startTestProvider({ hostName: 'localhost' });
  const config = join(dir, 'cloud.config.json');
  writeFileSync(
    config,
    JSON.stringify({
      providers: [
        {
          kind: 'oidc',
          id: 'corp',
          name: 'Corp SSO',
          issuer: idp.issuer,
          clientId: 'card-service',
          clientSecret: { env: 'E2E_OIDC_CLIENT_SECRET' },
        },
      ],
    }),
  );
  service = await spawnService(join(dir, 'data'), {
    CLOUD_CONFIG: config,
    E2E_OIDC_CLIENT_SECRET: clientSecret,
  });
  idp.configure(
    { clientId: 'card-service', clientSecret, redirectUris: [`${service.url}portal/oidc/corp/callback`] },
    { alice: { preferred_username: 'alice', name: 'Alice Martin' } },
  );
});

test.afterAll(async () => {
  await service?.stop();
  await idp?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('the phone signs in at the organisation’s provider and confirms; the panel’s poll sees the card registered', async ({
  page,
}) => {
  const panel = terminalClient(service.url, 'demo-terminal-key');
  const card = '0FACE0FF';
  const started = await panel.post('api/v1/handovers', { enrollmentToken: await panel.tokenFor(card) });
  expect(started.status).toBe(201);

  // The provider's development login page imports a Google font, which this offline machine cannot fetch.
  await page.route('https://fonts.googleapis.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/css', body: '' }),
  );

  // The QR code's link, opened on the phone: the sign-in page offers the provider.
  await page.goto(started.body.verificationUriComplete);
  const signIn = new PortalSignInPage(page);
  await expect(signIn.heading).toBeVisible();
  await signIn.providerButton('Corp SSO').click();

  const provider = new ProviderLoginPage(page);
  await expect(provider.login).toBeVisible();
  expect(new URL(page.url()).origin).toBe(idp.issuer);
  await provider.signIn('alice', 'any-password');

  // Back on the hand-over page, signed in, with the question for this card.
  const link = new LinkCardPage(page);
  await expect(link.question(card.slice(-4), 'Alice Martin')).toBeVisible();
  await link.confirm();
  await expect(link.registered).toBeVisible();

  const poll = await panel.get(`api/v1/handovers/${started.body.handoverId}`);
  expect(poll.body).toMatchObject({ status: 'confirmed', user: { username: 'alice' } });
  expect((await panel.identify(card)).body).toMatchObject({
    status: 'assigned',
    user: { username: 'alice' },
  });
});
