// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { originOf, restrictConnectionsToTenant } from './connection-policy';

describe('restrictConnectionsToTenant', () => {
  afterEach(() => {
    for (const meta of document.head.querySelectorAll('meta')) meta.remove();
  });

  it('adds a policy that allows connections and images from the page itself and the tenant only', () => {
    restrictConnectionsToTenant('https://Acme.example.com:8443/base/');
    const meta = document.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
    const directives = meta?.getAttribute('content')?.split('; ');
    expect(directives).toEqual([
      "connect-src 'self' https://acme.example.com:8443",
      // The phone hand-over's QR code is a PNG on the tenant; data: keeps the panel's own inline images.
      "img-src 'self' data: https://acme.example.com:8443",
    ]);
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
