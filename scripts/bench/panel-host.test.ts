import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PanelHost, servePanel } from './panel-host.mjs';

// A stand-in for a shell's dist/panel: the host serves whatever build it is given.
const panelDir = mkdtempSync(join(tmpdir(), 'panel-host-test-'));
mkdirSync(join(panelDir, 'assets'));
writeFileSync(join(panelDir, 'index.html'), '<!doctype html><title>panel</title>');
writeFileSync(join(panelDir, 'assets', 'index.js'), 'void 0;');
writeFileSync(
  join(panelDir, 'config.json'),
  JSON.stringify({
    tenantUrl: 'https://your-tenant.example.com/',
    terminalKey: 'paste',
    conversion: 'ASCII2Hex',
  }),
);

let host: PanelHost;
beforeAll(async () => {
  host = await servePanel({ panelDir, port: 0 });
}, 20_000);
afterAll(async () => {
  await host?.close();
  rmSync(panelDir, { recursive: true, force: true });
});

describe('servePanel', () => {
  it('serves the build with the MIME types the panel browsers insist on', async () => {
    const index = await fetch(host.url);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const script = await fetch(new URL('assets/index.js', host.url));
    expect(script.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(await script.text()).toBe('void 0;');
  });

  it('serves config.json pointed at its own origin, the rest as shipped', async () => {
    const config = await (await fetch(new URL('config.json', host.url))).json();
    expect(config).toEqual({
      tenantUrl: host.url,
      terminalKey: 'demo-terminal-key',
      conversion: 'ASCII2Hex',
    });
  });

  it('answers the tenant API from the mock tenant, and times each answer', async () => {
    host.takeTenantTimings();
    const identify = await fetch(new URL('api/v1/cards/identify', host.url), {
      method: 'POST',
      headers: { Authorization: 'Bearer demo-terminal-key', 'Content-Type': 'application/json' },
      body: JSON.stringify({ cardNumber: '04A1B2C3D4E5F6' }),
    });
    expect(identify.status).toBe(200);
    expect(await identify.json()).toMatchObject({ status: 'assigned', user: { username: 'carol' } });
    const refused = await fetch(new URL('api/v1/cards/identify', host.url), {
      method: 'POST',
      body: JSON.stringify({ cardNumber: '1234' }),
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(host.takeTenantTimings()).toHaveLength(2);
  });

  it('serves nothing outside the build, and nothing it does not have', async () => {
    expect((await fetch(new URL('missing.js', host.url))).status).toBe(404);
    expect((await fetch(new URL('%2e%2e/%2e%2e/etc/passwd', host.url))).status).toBe(404);
    expect((await fetch(new URL('api/v1/nothing', host.url), { method: 'POST' })).status).toBe(404);
  });
});
