import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../testing/raw-http';
import { jsonOf, problemLine, startTestCloud, type TestCloud } from '../testing/test-cloud';
import { jsonDepthExceeds, maxBodyBytes } from './request-bounds';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud();
});
afterAll(() => t.stop());

const identify = (body: string, contentType: string | null = 'application/json') =>
  fetch(new URL('api/v1/cards/identify', t.url), {
    method: 'POST',
    headers: {
      Authorization: 'Bearer demo-terminal-key',
      ...(contentType === null ? {} : { 'Content-Type': contentType }),
    },
    body,
  }).then(jsonOf);

describe('request bodies are bounded', () => {
  it(`refuses a body announced above ${maxBodyBytes} bytes with 413 before reading a byte of it`, async () => {
    for (const path of ['/api/v1/cards/identify', '/portal/api/session']) {
      const answer = await rawRequest(t.url, {
        method: 'POST',
        path,
        headers: {
          Authorization: 'Bearer demo-terminal-key',
          'Content-Type': 'application/json',
          'Content-Length': String(maxBodyBytes + 1),
        },
        holdBody: true,
      });
      expect(answer.status).toBe(413);
      expect(answer.headers['content-type']).toBe('application/problem+json');
      expect(answer.headers.connection).toBe('close');
      expect(JSON.parse(answer.text)).toMatchObject({ status: 413, code: 'payload_too_large' });
    }
  });

  it('counts a chunked body as it streams and refuses it once it passes the limit', async () => {
    const kilobyte = 'x'.repeat(1024);
    function* oneMegabyte() {
      yield '{"cardNumber":"AB","padding":"';
      for (let i = 0; i < 1024; i++) yield kilobyte;
      yield '"}';
    }
    const answer = await rawRequest(t.url, {
      method: 'POST',
      path: '/api/v1/cards/identify',
      headers: { Authorization: 'Bearer demo-terminal-key', 'Content-Type': 'application/json' },
      chunks: oneMegabyte(),
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text).code).toBe('payload_too_large');
  });

  it('takes a body just under the limit, chunked or not', async () => {
    const body = JSON.stringify({ cardNumber: 'AB', padding: 'x'.repeat(maxBodyBytes - 100) });
    expect((await identify(body)).status).toBe(200);
    const chunked = await rawRequest(t.url, {
      method: 'POST',
      path: '/api/v1/cards/identify',
      headers: { Authorization: 'Bearer demo-terminal-key', 'Content-Type': 'application/json' },
      chunks: [body.slice(0, 5000), body.slice(5000)],
    });
    expect(chunked.status).toBe(200);
  });
});

describe('JSON nesting is bounded', () => {
  const nested = (depth: number) =>
    `{"cardNumber":"AB","x":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;

  it('refuses a body nested deeper than 8 levels with 400 invalid_request, on both APIs', async () => {
    const deep = await identify(nested(9));
    expect(problemLine(deep)).toBe('400 invalid_request');
    expect(deep.body.detail).toMatch(/nested at most 8/);
    const portal = await fetch(new URL('portal/api/session', t.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: `{"username":"alice","password":"alice-demo-pass","x":${'['.repeat(5000)}${']'.repeat(5000)}}`,
    }).then(jsonOf);
    expect(problemLine(portal)).toBe('400 invalid_request');
  });

  it('takes 8 levels, and brackets inside strings do not count', async () => {
    expect((await identify(nested(8))).status).toBe(200);
    expect((await identify('{"cardNumber":"AB","x":"[[[[[[[[[[\\"[[[[{{{{"}')).status).toBe(200);
  });

  it('counts depth outside strings only', () => {
    expect(jsonDepthExceeds('[[["]]]]]]"]]]', 2)).toBe(true);
    expect(jsonDepthExceeds('{"a\\"[[[[":{"b":1}}', 2)).toBe(false);
  });
});

describe('the terminal API takes JSON only', () => {
  it('answers 415 unsupported_media_type, as problem+json, to another or a missing Content-Type', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', null]) {
      const answer = await identify('{"cardNumber":"AB"}', type);
      expect(problemLine(answer)).toBe('415 unsupported_media_type');
      expect(answer.headers.get('Content-Type')).toBe('application/problem+json');
      expect(answer.body.detail).toMatch(/Content-Type: application\/json/);
    }
    expect((await identify('{"cardNumber":"AB"}', 'application/json; charset=utf-8')).status).toBe(200);
  });

  it('answers a panel on another origin in a way it can read (CORS)', async () => {
    const answer = await fetch(new URL('api/v1/cards/identify', t.url), {
      method: 'POST',
      headers: { Origin: 'http://panel.example', 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(answer.status).toBe(415);
    expect(answer.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('refuses a form post to the portal API too, but not a bodiless confirm', async () => {
    const form = await fetch(new URL('portal/api/session', t.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'username=alice&password=alice-demo-pass',
    }).then(jsonOf);
    expect(problemLine(form)).toBe('415 unsupported_media_type');
    const bodiless = await fetch(new URL('portal/api/handover/ABC234/confirm', t.url), { method: 'POST' });
    expect(bodiless.status).toBe(401);
  });
});

describe('API answers', () => {
  it('carry nosniff, and JSON ones Cache-Control: no-store', async () => {
    const answers = [
      await identify('{"cardNumber":"AB"}'),
      await identify('{}'),
      await fetch(new URL('api/nowhere', t.url)).then(jsonOf),
      await t.portal().get('session'),
      await t.portal().get('me/cards'),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 400, 404, 200, 401]);
    for (const answer of answers) {
      expect(answer.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(answer.headers.get('Cache-Control')).toBe('no-store');
    }
  });
});
