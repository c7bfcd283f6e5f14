// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { originOf, restrictConnectionsToTenant } from './connection-policy';

describe('restrictConnectionsToTenant', () => {
  afterEach(() => {
    for (const meta of document.head.querySelectorAll('meta')) meta.remove();
  });

  it('adds a policy that allows connections to the page itself and the tenant only', () => {
    restrictConnectionsToTenant('https://Acme.example.com:8443/base/');
    const meta = document.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(meta?.getAttribute('content')).toBe("connect-src 'self' https://acme.example.com:8443");
  });

  it('adds nothing for a URL without an origin', () => {
    restrictConnectionsToTenant('not a url');
    expect(document.head.querySelectorAll('meta')).toHaveLength(0);
  });
});

describe('originOf', () => {
  it.each([
    ['https://acme.example.com/', 'https://acme.example.com'],
    ['http://127.0.0.1:5199/api/', 'http://127.0.0.1:5199'],
    ['https://[::1]:8443', 'https://[::1]:8443'],
    ['acme.example.com', null],
  ])('%s → %s', (url, origin) => {
    expect(originOf(url)).toBe(origin);
  });
});
