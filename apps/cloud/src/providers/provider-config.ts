import * as v from 'valibot';
import { oidcProviderSchema } from './oidc/oidc-config';

/**
 * One authentication provider in the service's config file, told apart by `kind`. (The OpenID Connect
 * branch only, in this branch; the LDAP work adds `local` and `ldap` here — the lead merges the two.)
 */
export const providerConfigSchema = v.variant('kind', [oidcProviderSchema]);
export type ProviderConfig = v.InferOutput<typeof providerConfigSchema>;
