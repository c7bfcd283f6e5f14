import { readFileSync } from 'node:fs';
import { identityClaims } from '@cardenroll/tenant';
import * as v from 'valibot';
import { resolveSecret, type Secret, secretReference } from '../../service-config/secret';

/** Host names an `http:` issuer may have: this machine only (a test's provider, a development setup). */
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether an issuer URL is on this machine, the only place plain HTTP is allowed (decision 0024). */
export const isLoopbackUrl = (url: URL): boolean => loopbackHosts.has(url.hostname);

const issuerUrl = v.pipe(
  v.string(),
  v.url('the issuer is a URL, e.g. https://login.microsoftonline.com/<tenant-id>/v2.0'),
  v.check((text) => {
    const url = new URL(text);
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackUrl(url));
  }, 'the issuer must be https (plain http only for a provider on this machine: 127.0.0.1, localhost, [::1])'),
  v.check(
    (text) => new URL(text).search === '' && new URL(text).hash === '',
    'the issuer has no query or fragment',
  ),
);

/**
 * An OpenID Connect provider in the service's config file (`providers`, kind `oidc`): people sign in to the
 * portal, and confirm phone hand-overs, at their organisation's identity provider (Entra ID, Okta, Google,
 * Keycloak, …). docs/identity.md shows an example per provider.
 */
export const oidcProviderSchema = v.strictObject({
  kind: v.literal('oidc'),
  /** In the callback URL `<public URL>/portal/oidc/<id>/callback` and the audit trail; never changes. */
  id: v.pipe(
    v.string(),
    v.regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'an id is 1 to 32 lower-case letters, digits or dashes'),
  ),
  /** What the sign-in button says: "Sign in with <name>". */
  name: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'a name is required'),
    v.maxLength(60, 'a name is at most 60 characters'),
  ),
  /** The issuer identifier; discovery reads `<issuer>/.well-known/openid-configuration`. */
  issuer: issuerUrl,
  clientId: v.pipe(v.string(), v.minLength(1, 'a client id is required')),
  /** The client secret (client_secret_basic), best as `{ "env": "…" }`; never logged, shown or audited. */
  clientSecret: secretReference,
  /** The scopes asked for; `openid` is required, the claim's scope too (`profile` or `email`). */
  scopes: v.optional(
    v.pipe(
      v.array(v.pipe(v.string(), v.regex(/^[\x21\x23-\x5b\x5d-\x7e]+$/, 'not a scope'))),
      v.check((scopes) => scopes.includes('openid'), 'the scopes must include openid'),
    ),
    ['openid', 'profile', 'email'],
  ),
  /** The ID token claim that names the user here, under the tenant's account-name rules. */
  userClaim: v.optional(v.picklist(identityClaims), 'preferred_username'),
  /** Create a user (without a password) for a verified identity that matches nobody; off by default. */
  createUsers: v.optional(v.boolean(), false),
  /** A PEM file of the CA that signed the provider's certificate (a private CA), added to the system's. */
  caFile: v.optional(v.pipe(v.string(), v.minLength(1))),
});
export type OidcProviderConfig = v.InferOutput<typeof oidcProviderSchema>;

/** A configured provider, ready to use: its secret resolved, its CA read. */
export interface OidcProvider {
  readonly id: string;
  readonly name: string;
  readonly issuer: URL;
  readonly clientId: string;
  readonly clientSecret: Secret;
  readonly scopes: readonly string[];
  readonly userClaim: OidcProviderConfig['userClaim'];
  readonly createUsers: boolean;
  /** PEM text of the extra CA, if any. */
  readonly ca: string | null;
}

/** Resolves a provider's secret and CA file at start; an error names the provider and what is missing. */
export function resolveOidcProvider(
  config: OidcProviderConfig,
  where: string,
  env: NodeJS.ProcessEnv = process.env,
): OidcProvider {
  let ca: string | null = null;
  if (config.caFile !== undefined) {
    try {
      ca = readFileSync(config.caFile, 'utf8');
    } catch {
      throw new Error(`${where}.caFile: cannot read ${config.caFile}`);
    }
  }
  return {
    id: config.id,
    name: config.name,
    issuer: new URL(config.issuer),
    clientId: config.clientId,
    clientSecret: resolveSecret(config.clientSecret, `${where}.clientSecret`, env),
    scopes: config.scopes,
    userClaim: config.userClaim,
    createUsers: config.createUsers,
    ca,
  };
}
