import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../testing/raw-http';
import { startTestCloud, type TestCloud } from '../testing/test-cloud';
import { escapeControls, loggedPath } from './log-path';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud();
});
afterAll(() => t.stop());

/** The log lines a request added. */
async function linesOf(request: () => Promise<unknown>): Promise<string[]> {
  const before = t.lines.length;
  await request();
  return t.lines.slice(before);
}

describe('the request log', () => {
  it('logs a path with an encoded CR/LF as one line, the characters escaped (no forged line)', async () => {
    const lines = await linesOf(() =>
      fetch(new URL('portal/x%0d%0aGET%20/portal/api/session%20200%201ms%1b[2J', t.url)),
    );
    expect(lines.map((line) => line.replace(/ \d+ms$/, ''))).toEqual([
      'GET /portal/x\\x0d\\x0aGET /portal/api/session 200 1ms\\x1b[2J 503',
    ]);
  });

  it('refuses raw CR/LF in the request line before anything is logged', async () => {
    const lines = await linesOf(() =>
      rawRequest(t.url, { path: '/portal/x\r\nGET /forged 200 1ms' }).catch(() => undefined),
    );
    expect(lines.every((line) => !line.includes('forged'))).toBe(true);
  });

  it('never shows a hand-over id or code, nor a query string', async () => {
    const secret = 'ho_SECRETsecretSECRETsecretSECRETsecretSECRET1';
    const lines = await linesOf(async () => {
      await fetch(new URL(`api/v1/handovers/${secret}/qr.png`, t.url));
      await t.demoTerminal.get(`api/v1/handovers/${secret}`);
      await t.portal().get('handover/ABC234');
      await t.portal().post('handover/ABC234/confirm');
      await fetch(new URL('portal/link?code=ABC234', t.url));
      await fetch(new URL('portal/api/hand%6Fver/ABC234', t.url));
    });
    expect(lines.map((line) => line.replace(/ \d+ms$/, ''))).toEqual([
      'GET /api/v1/handovers/[redacted]/qr.png 404',
      'GET /api/v1/handovers/[redacted] 404',
      'GET /portal/api/handover/[redacted] 401',
      'POST /portal/api/handover/[redacted]/confirm 401',
      'GET /portal/link 503',
      'GET /portal/api/handover/[redacted] 401',
    ]);
    expect(lines.join('\n')).not.toMatch(/SECRET|ABC234/);
  });
});

describe('loggedPath', () => {
  it('redacts in any letter case, and escapes separators and direction overrides', () => {
    expect(loggedPath('/API/V1/HandOvers/ho_x')).toBe('/API/V1/HandOvers/[redacted]');
    expect(loggedPath('/portal/api/device/WDJB-MJHT/approve')).toBe('/portal/api/device/[redacted]/approve');
    expect(escapeControls('a\u2028b\u202ec\\d\u007f')).toBe('a\\u2028b\\u202ec\\\\d\\x7f');
  });
});
