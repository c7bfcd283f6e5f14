import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseServiceConfig } from '../../service-config/service-config';
import { oidcIssuersOf } from './oidc-issuer';

const entra = {
  kind: 'oidc',
  id: 'entra',
  name: 'Contoso (Microsoft Entra ID)',
  issuer: 'https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0',
  clientId: 'a1b2c3',
  clientSecret: { env: 'ENTRA_CLIENT_SECRET' },
  userClaim: 'upn',
};
const parse = (providers: unknown[]) => parseServiceConfig(JSON.stringify({ providers }), '/etc/cloud.json');

describe('an OpenID Connect provider in the config file', () => {
  it('has defaults: the usual scopes, preferred_username, no user creation', () => {
    const [provider] = parse([{ ...entra, userClaim: undefined }]).providers ?? [];
    expect(provider).toMatchObject({
      scopes: ['openid', 'profile', 'email'],
      userClaim: 'preferred_username',
      createUsers: false,
    });
  });

  it('refuses plain http except on this machine, and scopes without openid', () => {
    expect(() => parse([{ ...entra, issuer: 'http://idp.example.com' }])).toThrow(
      /providers\.0\.issuer: the issuer must be https/,
    );
    expect(parse([{ ...entra, issuer: 'http://127.0.0.1:9000' }]).providers).toHaveLength(1);
    expect(() => parse([{ ...entra, scopes: ['profile'] }])).toThrow(/must include openid/);
    expect(() => parse([{ ...entra, userClaim: 'sub' }])).toThrow(/userClaim/);
    expect(() => parse([{ ...entra, id: 'Has Spaces' }])).toThrow(/providers\.0\.id/);
    expect(() => parse([{ ...entra, extra: 1 }])).toThrow(/extra/);
  });

  it('resolves its client secret at start, never printing it, and refuses an id used twice', () => {
    const providers = parse([entra]).providers ?? [];
    const [issuer] = oidcIssuersOf(providers, { ENTRA_CLIENT_SECRET: 'very-secret-value' });
    expect(issuer?.provider.clientSecret.reveal()).toBe('very-secret-value');
    expect(inspect(issuer)).not.toContain('very-secret-value');
    expect(JSON.stringify(issuer?.provider)).not.toContain('very-secret-value');
    expect(() => oidcIssuersOf(providers, {})).toThrow(
      'providers[0].clientSecret: the environment variable ENTRA_CLIENT_SECRET is not set',
    );
    expect(() => oidcIssuersOf([...providers, ...providers], { ENTRA_CLIENT_SECRET: 'x' })).toThrow(
      /providers\[1\]\.id: entra is used twice/,
    );
  });
});
