import { describe, expect, it } from 'vitest';
import { sendFetchResponse, toFetchRequest } from './fetch-bridge.mjs';

describe('toFetchRequest', () => {
  it('carries method, absolute URL, every header and the body', async () => {
    const request = toFetchRequest(
      {
        method: 'post',
        url: '/api/v1/cards/identify?x=1',
        headers: { authorization: 'Bearer k', 'content-type': 'application/json', 'x-many': ['a', 'b'] },
      },
      new TextEncoder().encode('{"cardNumber":"1234"}'),
      'http://127.0.0.1:5291',
    );
    expect(request.method).toBe('POST');
    expect(request.url).toBe('http://127.0.0.1:5291/api/v1/cards/identify?x=1');
    expect(request.headers.get('Authorization')).toBe('Bearer k');
    expect(request.headers.get('x-many')).toBe('a, b');
    expect(await request.json()).toEqual({ cardNumber: '1234' });
  });

  it('sends no body with GET', async () => {
    const request = toFetchRequest({ method: 'GET', url: '/', headers: {} }, new Uint8Array(3), 'http://h');
    expect(request.body).toBeNull();
  });
});

describe('sendFetchResponse', () => {
  it('writes status, headers with the body’s length, and the body', async () => {
    const written: { status?: number; headers?: Record<string, string>; body?: Uint8Array } = {};
    const outgoing = {
      writeHead(status: number, headers: Record<string, string>) {
        written.status = status;
        written.headers = headers;
        return this;
      },
      end(body: Uint8Array) {
        written.body = body;
        return this;
      },
    };
    const response = new Response('{"status":"assigned"}', {
      status: 201,
      headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' },
    });
    await sendFetchResponse(response, outgoing as never);
    expect(written.status).toBe(201);
    expect(written.headers).toMatchObject({
      'content-type': 'application/problem+json',
      'retry-after': '30',
      'content-length': '21',
    });
    expect(new TextDecoder().decode(written.body)).toBe('{"status":"assigned"}');
  });
});
