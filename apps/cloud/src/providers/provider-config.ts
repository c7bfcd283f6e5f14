import * as v from 'valibot';
import { ldapProviderSchema } from './ldap/ldap-config';
import { localProviderSchema } from './local/local-config';
import { oidcProviderSchema } from './oidc/oidc-config';

/**
 * One authentication provider in the service's config file (`providers`, an ordered list), told apart by
 * `kind`. Each kind's schema lives in its own folder; a new kind adds one line here.
 */
export const providerConfigSchema = v.variant('kind', [
  localProviderSchema,
  ldapProviderSchema,
  oidcProviderSchema,
]);
export type ProviderConfig = v.InferOutput<typeof providerConfigSchema>;
