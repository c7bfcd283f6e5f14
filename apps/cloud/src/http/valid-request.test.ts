import { AuditQuery, EnrollHeaders, EnrollRequest } from '@cardenroll/contract';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { ServiceEnv } from './service-env';
import { validBody, validRequest } from './valid-request';

// A bare app over the two validators: what a route sees, and the 400 for everything else.
const app = new Hono<ServiceEnv>()
  .post('/enroll', validRequest('header', EnrollHeaders, 'key?'), validBody(EnrollRequest, 'body?'), (c) =>
    c.json({ key: c.req.valid('header')['idempotency-key'], body: c.req.valid('json') }),
  )
  .get('/audit', validRequest('query', AuditQuery, 'paging?'), (c) => c.json(c.req.valid('query')));

const enroll = (body: string, headers: Record<string, string> = {}) =>
  app.request('/enroll', { method: 'POST', body, headers: { 'Idempotency-Key': 'k1', ...headers } });
const good = JSON.stringify({ enrollmentToken: 'enr', username: 'ada', secret: 's' });

async function problemOf(response: Response) {
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  const { status, code, detail } = await response.json();
  return { status, code, detail };
}

describe('request validation from the contract', () => {
  it('hands the route the parsed body, whatever the body is labelled, and the unquoted key', async () => {
    for (const type of ['application/json', 'text/plain']) {
      const response = await enroll(good, { 'Content-Type': type, 'Idempotency-Key': ' "k-2" ' });
      expect(await response.json()).toEqual({ key: 'k-2', body: JSON.parse(good) });
    }
  });

  it.each([
    ['not JSON', '{"enrollmentToken": '],
    ['an empty body', ''],
    ['an array', '[1]'],
    ['a missing field', JSON.stringify({ enrollmentToken: 'enr', username: 'ada' })],
    ['an empty secret', JSON.stringify({ enrollmentToken: 'enr', username: 'ada', secret: '' })],
    ['a long username', JSON.stringify({ enrollmentToken: 'e', username: 'a'.repeat(257), secret: 's' })],
    ['a long secret', JSON.stringify({ enrollmentToken: 'e', username: 'a', secret: 's'.repeat(1025) })],
  ])('answers 400 invalid_request with the route’s detail for %s', async (_, body) => {
    expect(await problemOf(await enroll(body))).toEqual({
      status: 400,
      code: 'invalid_request',
      detail: 'body?',
    });
  });

  it.each(['', '""', 'k'.repeat(256)])('refuses the Idempotency-Key %j', async (key) => {
    expect((await problemOf(await enroll(good, { 'Idempotency-Key': key }))).detail).toBe('key?');
  });

  it('never echoes what was sent', async () => {
    const response = await enroll(JSON.stringify({ enrollmentToken: 'e', username: 'u', secret: 42 }));
    expect(await response.text()).not.toContain('42');
  });

  it.each([
    ['', { limit: 50 }],
    ['?limit=200&before=17', { limit: 200, before: 17 }],
    ['?limit=5&limit=500', { limit: 5 }],
  ])('reads the audit paging %j', async (query, paging) => {
    expect(await (await app.request(`/audit${query}`)).json()).toEqual(paging);
  });

  it.each(['?limit=0', '?limit=201', '?limit=2.5', '?before=e_9', '?before=1e300'])(
    'refuses the audit paging %j',
    async (query) => {
      expect((await problemOf(await app.request(`/audit${query}`))).detail).toBe('paging?');
    },
  );
});
