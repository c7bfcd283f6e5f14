import * as v from 'valibot';
import { providerIdSchema, providerNameSchema } from '../provider-id';

/**
 * The tenant's own users (passwords hashed by us, OTPs, the CSV import). Always there: listing it only
 * gives it a name and a place in the portal's list (docs/decisions/0023-authentication-providers.md).
 */
export const localProviderSchema = v.strictObject({
  kind: v.literal('local'),
  id: providerIdSchema,
  name: v.optional(providerNameSchema),
});
export type LocalProviderConfig = v.InferOutput<typeof localProviderSchema>;

/** The local provider when the config file does not list it. */
export const implicitLocalProvider: LocalProviderConfig = { kind: 'local', id: 'local' };
