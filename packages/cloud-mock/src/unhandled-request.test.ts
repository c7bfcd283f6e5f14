import { describe, expect, it, vi } from 'vitest';
import { isTenantRequest, tenantEndpoint } from './http/tenant-url';
import { failOnUnhandledTenantRequest } from './unhandled-request';

describe('tenant URLs', () => {
  it.each([
    ['https://t.example/acme', 'https://t.example/acme/api/v1/cards/identify'],
    ['https://t.example/acme/', 'https://t.example/acme/api/v1/cards/identify'],
    ['http://localhost:5173', 'http://localhost:5173/api/v1/cards/identify'],
  ])('put the API under the tenant prefix %s', (tenantUrl, expected) => {
    expect(tenantEndpoint(tenantUrl, 'api/v1/cards/identify')).toBe(expected);
  });

  it('tell the tenant API from its neighbours', () => {
    expect(isTenantRequest('https://t.example/acme/api/v1/x', 'https://t.example/acme')).toBe(true);
    expect(isTenantRequest('https://t.example/acme/app.js', 'https://t.example/acme')).toBe(false);
    expect(isTenantRequest('https://t.example/acme2/api/v1/x', 'https://t.example/acme')).toBe(false);
    expect(isTenantRequest('https://other.example/acme/api/v1/x', 'https://t.example/acme')).toBe(false);
  });
});

describe('failOnUnhandledTenantRequest with the tenant on the page origin, as in the simulator', () => {
  const tenantUrl = 'http://localhost:5173/';
  const onUnhandled = failOnUnhandledTenantRequest(tenantUrl);
  const printed = (url: string) => {
    const print = { error: vi.fn() };
    onUnhandled(new Request(url), print);
    return print.error.mock.calls.length > 0;
  };

  it('fails loudly for a tenant request that no handler answers', () => {
    expect(printed('http://localhost:5173/api/v1/cards/forget')).toBe(true);
    expect(printed('http://localhost:5173/api/v2/cards/identify')).toBe(true);
  });

  it.each([
    'http://localhost:5173/src/main.js',
    'http://localhost:5173/assets/panel.css',
    'http://localhost:5173/config/panel.json',
    'http://localhost:5173/index.html',
    'http://localhost:5173/webclient/',
    'http://localhost:5173/mockServiceWorker.js',
    'https://fonts.example/a.woff2',
  ])('lets %s through untouched', (url) => {
    expect(printed(url)).toBe(false);
  });
});
