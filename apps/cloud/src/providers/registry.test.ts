import { createMemoryStore } from '@cardenroll/tenant';
import { describe, expect, it } from 'vitest';
import { parseServiceConfig } from '../service-config/service-config';
import { providersFrom } from './registry';

const ldap = (id: string, extra: Record<string, unknown> = {}) => ({
  kind: 'ldap',
  id,
  url: 'ldaps://dc1.corp.example:636',
  bindDn: 'CN=svc-cards,OU=Service,DC=corp,DC=example',
  bindPassword: { env: 'BIND_PW' },
  baseDn: 'DC=corp,DC=example',
  ...extra,
});

const configOf = (providers: unknown[]) => parseServiceConfig(JSON.stringify({ providers }), 'test.json');
const env = { BIND_PW: 'very-secret-bind' };
const lines: string[] = [];
const build = (providers: unknown[]) =>
  providersFrom(configOf(providers).providers, createMemoryStore(), env, (line) => lines.push(line));

describe('the providers of the config file', () => {
  it('are local users alone without a list', () => {
    const providers = providersFrom(undefined, createMemoryStore(), env, () => undefined);
    expect(providers.views).toEqual([
      { id: 'local', kind: 'local', name: 'Local users', server: null, listed: false },
    ]);
    expect(providers.chain.map((p) => p.kind)).toEqual(['local']);
  });

  it('keep their order, and local users come last when not listed', () => {
    const providers = build([ldap('corp-ad', { name: 'Corp AD' }), ldap('lab')]);
    expect(providers.views.map((v) => [v.id, v.name, v.listed])).toEqual([
      ['corp-ad', 'Corp AD', true],
      ['lab', 'lab', true],
      ['local', 'Local users', false],
    ]);
  });

  it('put local users where the list does', () => {
    const providers = build([{ kind: 'local', id: 'staff', name: 'Staff' }, ldap('corp-ad')]);
    expect(providers.chain.map((p) => p.id)).toEqual(['staff', 'corp-ad']);
  });

  it('refuse a repeated id, a second local, and "local" for anything else when local is not listed', () => {
    expect(() => build([ldap('a'), ldap('a')])).toThrow(/"a" is used twice/);
    expect(() =>
      build([
        { kind: 'local', id: 'x' },
        { kind: 'local', id: 'y' },
      ]),
    ).toThrow(/more than once/);
    expect(() => build([ldap('local')])).toThrow(/kept for the local users/);
  });

  it('refuse a bad id, URL, filter or attribute name at start, by its path', () => {
    expect(() => configOf([ldap('Corp AD')])).toThrow(/providers\.0\.id/);
    expect(() => configOf([ldap('a', { url: 'http://dc1' })])).toThrow(/providers\.0\.url/);
    expect(() => configOf([ldap('a', { userFilter: '(uid=alice)' })])).toThrow(/must contain \{username\}/);
    expect(() => configOf([ldap('a', { attributes: { cardNumbers: ['bad attr'] } })])).toThrow(/cardNumbers/);
    expect(() => configOf([{ kind: 'kerberos', id: 'k' }])).toThrow(/providers\.0\.kind/);
  });

  it('stop the service when a bind password is missing, naming the variable, never showing a value', () => {
    expect(() =>
      providersFrom(configOf([ldap('a')]).providers, createMemoryStore(), {}, () => undefined),
    ).toThrow(/providers: a\.bindPassword: the environment variable BIND_PW is not set/);
    const providers = build([ldap('corp-ad')]);
    expect(JSON.stringify(providers.views)).not.toContain('very-secret-bind');
  });

  it('protect the directory with its lockout figures, defaults 5 and 30 minutes', () => {
    const [corp] = build([ldap('corp-ad')]).chain;
    expect(corp?.directoryLockout).toEqual({ threshold: 5, windowMs: 30 * 60_000 });
    const [strict] = build([ldap('b', { directoryLockout: { threshold: 3, windowMinutes: 60 } })]).chain;
    expect(strict?.directoryLockout).toEqual({ threshold: 3, windowMs: 60 * 60_000 });
  });

  it('answer a Test of the local users from the store', async () => {
    const providers = build([]);
    expect(await providers.probe('local', 'nobody')).toMatchObject({
      reachable: true,
      lookup: { kind: 'not_found' },
    });
    expect(await providers.probe('nope', null)).toBeNull();
  });
});
