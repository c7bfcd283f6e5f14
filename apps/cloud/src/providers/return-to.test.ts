import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to';

describe('the page a provider sign-in returns to', () => {
  it('is a portal page on this service, with its query', () => {
    expect(safeReturnTo('/portal/link?code=ABC234')).toBe('/portal/link?code=ABC234');
    expect(safeReturnTo('/portal/')).toBe('/portal/');
    expect(safeReturnTo('/portal/profile#top')).toBe('/portal/profile');
  });

  it('is never another site, the API, the sign-in routes or something odd', () => {
    for (const bad of [
      undefined,
      null,
      '',
      'https://evil.example/portal/',
      '//evil.example/portal/',
      '/\\evil.example',
      '/portal/\\..\\..\\x',
      '/portal/../api/v1/cards',
      '/portal/api/session',
      '/portal/oidc/corp/start',
      '/portal/%2e%2e/api',
      '/portal/x\r\nSet-Cookie: a=b',
      '/somewhere',
      'javascript:alert(1)',
      `/portal/${'x'.repeat(600)}`,
    ])
      expect(safeReturnTo(bad)).toBeNull();
  });
});
