import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { providerSignInTtlMs } from '@cardenroll/tenant';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseServiceConfig } from '../../service-config/service-config';
import { startTestProvider, type TestProvider } from '../../testing/oidc-test-provider';
import { type ServiceProcess, spawnService } from '../../testing/service-process';
import { type TestBrowser, testBrowser } from '../../testing/test-browser';
import {
  jsonOf,
  portalClient,
  startTestCloud,
  type TestCloud,
  terminalClient,
} from '../../testing/test-cloud';

// The service (a real process, its demo tenant) against a real OpenID provider (oidc-provider) on loopback:
// portal sign-in, refusals, user creation, and the phone hand-over, through the provider's own login form.

const clientSecret = 'journey-client-secret-8d1f';
let idp: TestProvider;
let service: ServiceProcess;
let dir: string;
let downIssuer: string;

/** A loopback port nobody listens on: an identity provider that is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oidc-journey-'));
  idp = await startTestProvider();
  downIssuer = `http://127.0.0.1:${await closedPort()}`;
  const provider = (id: string, extra: object) => ({
    kind: 'oidc',
    id,
    name: `${id} SSO`,
    issuer: idp.issuer,
    clientId: 'card-service',
    clientSecret: { env: 'JOURNEY_OIDC_CLIENT_SECRET' },
    ...extra,
  });
  const config = join(dir, 'cloud.config.json');
  writeFileSync(
    config,
    JSON.stringify({
      providers: [
        provider('corp', {}),
        provider('open', { userClaim: 'email', createUsers: true }),
        provider('down', { issuer: downIssuer }),
      ],
    }),
  );
  service = await spawnService(join(dir, 'data'), {
    CLOUD_CONFIG: config,
    JOURNEY_OIDC_CLIENT_SECRET: clientSecret,
  });
  idp.configure(
    {
      clientId: 'card-service',
      clientSecret,
      redirectUris: ['corp', 'open'].map((id) => `${service.url}portal/oidc/${id}/callback`),
    },
    {
      alice: {
        preferred_username: 'alice',
        name: 'Alice Martin',
        email: 'alice@demo.example',
        email_verified: true,
      },
      mallory: { preferred_username: 'mallory', name: 'Mallory' },
      erin: {
        preferred_username: 'erin',
        name: 'Erin Example',
        email: 'Erin@demo.example',
        email_verified: true,
      },
    },
  );
});

afterAll(async () => {
  await service?.stop();
  await idp?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const startUrl = (providerId: string, returnTo?: string, base = service.url) => {
  const url = new URL(`portal/oidc/${providerId}/start`, base);
  if (returnTo !== undefined) url.searchParams.set('returnTo', returnTo);
  return url;
};

/**
 * Signs in at the provider as `login` (unless the browser's provider session is still alive) and stops at
 * the redirect back to the service: the callback URL, not yet opened.
 */
async function callbackFor(
  browser: TestBrowser,
  providerId: string,
  login: string,
  returnTo?: string,
  base = service.url,
) {
  return untilCallback(browser, await browser.redirectOf(startUrl(providerId, returnTo, base)), login, base);
}

/** From `location` at a provider, through its login form as `login`, to the redirect back to `base`. */
async function untilCallback(browser: TestBrowser, from: string, login: string, base: string) {
  let location = from;
  while (!location.startsWith(base)) {
    const response = await browser.fetch(new URL(location));
    const next = response.headers.get('Location');
    if (next !== null) {
      await response.body?.cancel();
      location = new URL(next, location).href;
      continue;
    }
    const loginPage = { url: location, status: response.status, text: await response.text() };
    location = (await browser.submit(loginPage, { login, password: 'any' }, false)) as string;
  }
  return location;
}

/** The service's answer to a callback: where it sends the browser, and the cookies it sets. */
async function callback(browser: TestBrowser, url: string, base = service.url) {
  const response = await browser.fetch(new URL(url));
  await response.body?.cancel();
  return {
    location: new URL(response.headers.get('Location') ?? '', base),
    setCookies: response.headers.getSetCookie(),
  };
}

const sessionOf = async (browser: TestBrowser, base = service.url) =>
  (await jsonOf(await browser.fetch(new URL('portal/api/session', base)))).body;

describe('portal sign-in with OpenID Connect', () => {
  it('lists the providers for the sign-in page, without their secrets', async () => {
    const answer = await jsonOf(await fetch(new URL('portal/api/sign-in-providers', service.url)));
    expect(answer.body).toEqual({
      providers: [
        { id: 'corp', name: 'corp SSO' },
        { id: 'open', name: 'open SSO' },
        { id: 'down', name: 'down SSO' },
      ],
    });
  });

  it('tests each provider for administrators: a fresh discovery read, never the client secret', async () => {
    const admin = portalClient(service.url);
    expect((await admin.login('admin', 'admin-demo-pass')).status).toBe(200);
    const corp = await admin.post('providers/corp/test', {});
    expect(corp.body).toMatchObject({ reachable: true, lookup: null });
    const down = await admin.post('providers/down/test', { username: 'alice' });
    expect(down.body).toMatchObject({ reachable: false, lookup: null });
    expect(JSON.stringify([corp.body, down.body])).not.toContain(clientSecret);
  });

  it('signs a known user in with PKCE, state and nonce, and My Profile works', async () => {
    const browser = testBrowser();
    const start = await browser.fetch(startUrl('corp'));
    const authorization = new URL(start.headers.get('Location') ?? '');
    expect(start.status).toBe(302);
    expect(authorization.origin).toBe(idp.issuer);
    expect(Object.fromEntries(authorization.searchParams)).toMatchObject({
      client_id: 'card-service',
      response_type: 'code',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      state: expect.any(String),
      nonce: expect.any(String),
      redirect_uri: `${service.url}portal/oidc/corp/callback`,
      scope: 'openid profile email',
    });
    expect(start.headers.getSetCookie().join()).toMatch(
      /^cardenroll_sign_in=si_[\w-]+; Max-Age=600; Path=\/portal\/oidc; HttpOnly; SameSite=Lax$/,
    );

    const loginPage = await browser.open(authorization);
    expect(loginPage.url.startsWith(idp.issuer)).toBe(true);
    let location = (await browser.submit(loginPage, { login: 'alice', password: 'any' }, false)) as string;
    while (!location.startsWith(service.url)) location = await browser.redirectOf(location);
    const back = await callback(browser, location);
    expect(back.location.pathname).toBe('/portal/');
    expect(back.setCookies.join('\n')).toMatch(
      /cardenroll_portal=ps_[\w-]+; Path=\/portal; HttpOnly; SameSite=Strict/,
    );

    const session = await sessionOf(browser);
    expect(session.user).toMatchObject({ username: 'alice', displayName: 'Alice Martin' });
    const cards = await jsonOf(await browser.fetch(new URL('portal/api/me/cards', service.url)));
    expect(cards.status).toBe(200);
    const admin = await adminClient();
    const events = (await admin.get('audit?limit=20')).body.events;
    expect(events).toContainEqual(
      expect.objectContaining({ kind: 'portal_login', actor: 'alice', detail: 'via corp SSO (corp)' }),
    );
    // The client secret, the code and the tokens are nowhere in the audit trail.
    expect(JSON.stringify(events)).not.toContain(clientSecret);
  });

  it('refuses an identity that names nobody here, with a message for the sign-in page', async () => {
    const browser = testBrowser();
    const back = await callback(browser, await callbackFor(browser, 'corp', 'mallory'));
    expect(`${back.location.pathname}${back.location.search}`).toBe(
      '/portal/?sign_in_problem=unknown_identity',
    );
    expect((await sessionOf(browser)).user).toBeNull();
  });

  it('creates a user without a password when the provider may, matched by e-mail', async () => {
    const browser = testBrowser();
    await callback(browser, await callbackFor(browser, 'open', 'erin'));
    const session = await sessionOf(browser);
    expect(session.user).toMatchObject({
      username: 'Erin',
      displayName: 'Erin Example',
      email: 'Erin@demo.example',
    });
    // The OTP of an OIDC-only user, issued in the portal, for a printer.
    const otp = await jsonOf(
      await browser.fetch(new URL('portal/api/me/otp', service.url), {
        method: 'POST',
        headers: { 'X-CSRF-Token': session.csrfToken, Origin: new URL(service.url).origin },
      }),
    );
    expect(otp.status).toBe(201);
    const panel = terminalClient(service.url, 'demo-terminal-key');
    const enrolled = await panel.enroll({
      enrollmentToken: await panel.tokenFor('0E0E0E01'),
      username: 'erin',
      secret: otp.body.otp,
    });
    expect(enrolled.status).toBe(201);
  });

  it('refuses a tampered state, a replayed callback and a callback in another browser', async () => {
    const browser = testBrowser();
    const url = new URL(await callbackFor(browser, 'corp', 'alice'));
    const tampered = new URL(url);
    tampered.searchParams.set('state', 'forged-state');
    expect((await callback(browser, tampered.href)).location.search).toBe(
      '?sign_in_problem=sign_in_not_found',
    );
    // The sign-in under way was used up by the refused attempt: the genuine callback finds nothing either.
    expect((await callback(browser, url.href)).location.search).toBe('?sign_in_problem=sign_in_not_found');
    expect((await sessionOf(browser)).user).toBeNull();

    const done = new URL(await callbackFor(browser, 'corp', 'alice'));
    expect((await callback(browser, done.href)).location.pathname).toBe('/portal/');
    const replayed = testBrowser();
    expect((await callback(replayed, done.href)).location.search).toBe('?sign_in_problem=sign_in_not_found');
    expect((await sessionOf(replayed)).user).toBeNull();
  });

  it('refuses a callback that names another issuer', async () => {
    const browser = testBrowser();
    const url = new URL(await callbackFor(browser, 'corp', 'alice', '/portal/profile'));
    expect(url.searchParams.get('iss')).toBe(idp.issuer);
    url.searchParams.set('iss', 'https://impostor.example');
    expect((await callback(browser, url.href)).location.search).toBe('?sign_in_problem=provider_refused');
    expect((await sessionOf(browser)).user).toBeNull();
  });

  it('shows a clear problem when the provider cannot be reached, and keeps serving', async () => {
    const browser = testBrowser();
    const back = await browser.fetch(startUrl('down', '/portal/link?code=ABC234'));
    expect(back.status).toBe(302);
    expect(back.headers.get('Location')).toBe(
      '/portal/link?code=ABC234&sign_in_problem=provider_unreachable',
    );
    expect((await fetch(new URL('healthz', service.url))).status).toBe(200);
  });

  it('never returns to another site', async () => {
    const browser = testBrowser();
    const location = await callbackFor(browser, 'corp', 'alice', 'https://evil.example/portal/');
    expect((await callback(browser, location)).location.href).toBe(`${service.url}portal/`);
  });
});

describe('phone hand-over with OpenID Connect', () => {
  it('signs in on the phone at the provider, confirms, and the panel signs the person in with the card', async () => {
    const panel = terminalClient(service.url, 'demo-terminal-key');
    const started = await panel.post('api/v1/handovers', {
      enrollmentToken: await panel.tokenFor('0F0F0F01'),
    });
    expect(started.status).toBe(201);
    const link = new URL(started.body.verificationUriComplete);
    const returnTo = `${link.pathname}${link.search}`;

    const phone = testBrowser();
    const back = await callback(phone, await callbackFor(phone, 'corp', 'alice', returnTo));
    expect(`${back.location.pathname}${back.location.search}`).toBe(returnTo);
    const session = await sessionOf(phone);
    const code = link.searchParams.get('code') ?? '';
    const confirm = await phone.fetch(new URL(`portal/api/handover/${code}/confirm`, service.url), {
      method: 'POST',
      headers: { 'X-CSRF-Token': session.csrfToken, Origin: new URL(service.url).origin },
    });
    expect(confirm.status).toBe(204);

    const poll = await panel.get(`api/v1/handovers/${started.body.handoverId}`);
    expect(poll.body).toMatchObject({ status: 'confirmed', user: { username: 'alice' } });
    expect((await panel.identify('0F0F0F01')).body).toMatchObject({
      status: 'assigned',
      user: { username: 'alice' },
    });
  });
});

describe('callbacks that come back late or from another issuer', () => {
  // An in-process service, whose clock the test moves, against two real providers: its own (`home`), and
  // an impostor with the same client id, secret and redirect URI, as a second tenant's provider could be.
  let home: TestProvider;
  let impostor: TestProvider;
  let cloud: TestCloud;
  const alice = { preferred_username: 'alice', name: 'Alice Martin' };

  beforeAll(async () => {
    home = await startTestProvider();
    // Another host name, so the test browser keeps the two providers' cookies apart.
    impostor = await startTestProvider({ hostName: 'localhost' });
    const config = {
      providers: [
        {
          kind: 'oidc',
          id: 'corp',
          name: 'Corp SSO',
          issuer: home.issuer,
          clientId: 'card-service',
          clientSecret,
        },
      ],
    };
    cloud = await startTestCloud({ serviceConfig: parseServiceConfig(JSON.stringify(config), 'test') });
    const client = {
      clientId: 'card-service',
      clientSecret,
      redirectUris: [`${cloud.url}portal/oidc/corp/callback`],
    };
    home.configure(client, { alice });
    impostor.configure(client, { alice });
  });

  afterAll(async () => {
    await cloud?.stop();
    await home?.stop();
    await impostor?.stop();
  });

  it('refuses a callback more than 10 minutes after the sign-in began, and takes one just in time', async () => {
    const late = testBrowser();
    const url = await callbackFor(late, 'corp', 'alice', undefined, cloud.url);
    cloud.advance(providerSignInTtlMs);
    expect((await callback(late, url, cloud.url)).location.search).toBe('?sign_in_problem=sign_in_expired');
    expect((await sessionOf(late, cloud.url)).user).toBeNull();
    // The late callback used the sign-in up: it does not work a second time either.
    expect((await callback(late, url, cloud.url)).location.search).toBe('?sign_in_problem=sign_in_not_found');
    expect(cloud.lines.join('\n')).toContain('oidc corp: callback refused: sign in expired');

    const inTime = testBrowser();
    const url2 = await callbackFor(inTime, 'corp', 'alice', undefined, cloud.url);
    cloud.advance(providerSignInTtlMs - 1000);
    expect((await callback(inTime, url2, cloud.url)).location.pathname).toBe('/portal/');
    expect((await sessionOf(inTime, cloud.url)).user).toMatchObject({ username: 'alice' });
  });

  it('refuses a code issued by another provider, whichever issuer the callback names', async () => {
    // Each is stopped where it should be: the issuer check (RFC 9207), or the home provider's token endpoint,
    // which knows no such code.
    const why = {
      impostor: /unexpected "iss" \(issuer\) response parameter value/,
      home: /ResponseBodyError OAUTH_RESPONSE_BODY_ERROR/,
      none: /response parameter "iss" \(issuer\) missing/,
    };
    for (const named of ['impostor', 'home', 'none'] as const) {
      const browser = testBrowser();
      // The service's own authorization request (its state, nonce and PKCE challenge), taken to the impostor.
      const authorization = new URL(await browser.redirectOf(startUrl('corp', undefined, cloud.url)));
      expect(authorization.origin).toBe(home.issuer);
      const elsewhere = new URL(`${authorization.pathname}${authorization.search}`, impostor.issuer);
      const url = new URL(await untilCallback(browser, elsewhere.href, 'alice', cloud.url));
      expect(url.searchParams.get('iss')).toBe(impostor.issuer);
      // As the impostor sent it; lying that the home provider issued it; or without saying.
      if (named === 'home') url.searchParams.set('iss', home.issuer);
      if (named === 'none') url.searchParams.delete('iss');
      expect((await callback(browser, url.href, cloud.url)).location.search, named).toBe(
        '?sign_in_problem=provider_refused',
      );
      expect((await sessionOf(browser, cloud.url)).user, named).toBeNull();
      expect(cloud.lines.filter((line) => line.startsWith('oidc corp:')).at(-1), named).toMatch(why[named]);
    }
  });
});

async function adminClient() {
  const { portalClient } = await import('../../testing/test-cloud');
  const admin = portalClient(service.url);
  await admin.login('admin', 'admin-demo-pass');
  return admin;
}
