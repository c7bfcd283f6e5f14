import * as v from 'valibot';

/** Every provider's `id`: unique in the list, stored as the owner of the people it brings; never renamed. */
export const providerIdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'an id is 1 to 32 characters of a-z, 0-9 and -, not starting with -'),
);

/** What administrators see in the portal's list; the id when absent. */
export const providerNameSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(80));
