import { describe, expect, it } from 'vitest';
import { checkTenantUrl } from './tenant-url';

describe('checkTenantUrl', () => {
  it.each([
    ['https://acme.eu.example.com/', null],
    ['https://acme.example.com:8443/base/', null],
    ['HTTPS://ACME.EXAMPLE.COM', null],
    ['http://localhost:5173/', null],
    ['http://127.0.0.1/', null],
    ['HTTP://LOCALHOST:8787', null],
    // Loopback too, but no Content-Security-Policy can name them: refused here rather than blocked unseen.
    ['http://127.10.0.2:9000', 'notHttps'],
    ['http://[::1]:8080/', 'notHttps'],
    ['http://acme.example.com/', 'notHttps'],
    ['http://127.0.0.1.evil.example/', 'notHttps'],
    ['http://localhost.evil.example/', 'notHttps'],
    ['ftp://acme.example.com/', 'notHttps'],
    ['https://user:pass@acme.example.com/', 'notUrl'],
    ['acme.example.com', 'notUrl'],
    ['https://', 'notUrl'],
    ['', 'notUrl'],
  ])('%s → %s', (url, problem) => {
    expect(checkTenantUrl(url)).toBe(problem);
  });
});
