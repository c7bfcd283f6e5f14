import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseServiceConfig } from '../../service-config/service-config';
import { startTestCloud, type TestCloud } from '../../testing/test-cloud';

// The routes' answers that need no provider; the journey (oidc-sign-in.journey.test.ts) runs a real one.

let t: TestCloud;
beforeAll(async () => {
  // A provider that is down: a loopback port nobody listens on.
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  const config = {
    providers: [
      {
        kind: 'oidc',
        id: 'down',
        name: 'Down SSO',
        issuer: `http://127.0.0.1:${port}`,
        clientId: 'c',
        clientSecret: 'not-used-secret',
      },
    ],
  };
  t = await startTestCloud({
    publicUrl: 'https://cards.example.com',
    serviceConfig: parseServiceConfig(JSON.stringify(config), 'test'),
  });
});
afterAll(() => t.stop());

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(new URL(path, t.url), { redirect: 'manual', headers });

describe('the OpenID Connect routes', () => {
  it('list the providers for the sign-in page, and nothing of their configuration', async () => {
    const answer = await get('portal/api/sign-in-providers');
    expect(await answer.json()).toEqual({ providers: [{ id: 'down', name: 'Down SSO' }] });
  });

  it('answer 404 for a provider that is not configured', async () => {
    expect((await get('portal/oidc/nope/start')).status).toBe(404);
    expect((await get('portal/oidc/nope/callback?code=x&state=y')).status).toBe(404);
  });

  it('send a provider that is down back to the page with a problem, never to another site', async () => {
    const start = await get(`portal/oidc/down/start?returnTo=${encodeURIComponent('//evil.example/x')}`);
    expect(start.status).toBe(302);
    expect(start.headers.get('Location')).toBe('/portal/?sign_in_problem=provider_unreachable');
    expect(t.lines.join('\n')).toMatch(/oidc down: the issuer http:\/\/127\.0\.0\.1:\d+\/ cannot be reached/);
    expect(t.lines.join('\n')).not.toContain('not-used-secret');
  });

  it('refuse a callback without the browser’s sign-in cookie, whatever its query says', async () => {
    const answer = await get('portal/oidc/down/callback?code=abc&state=def', {
      Cookie: 'cardenroll_sign_in=si_made-up',
    });
    expect(answer.status).toBe(302);
    expect(answer.headers.get('Location')).toBe('/portal/?sign_in_problem=sign_in_not_found');
    expect(answer.headers.getSetCookie().join()).toMatch(
      /cardenroll_sign_in=; Max-Age=0; Path=\/portal\/oidc/,
    );
    expect(answer.headers.getSetCookie().join()).not.toContain('cardenroll_portal');
  });
});
