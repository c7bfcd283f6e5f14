import * as v from 'valibot';

/**
 * The authentication providers under `/portal/api/providers` (docs/portal-api.md, "Authentication
 * providers"): administrators see the configured list, read-only, and test each one. No answer ever holds
 * a password, a bind password or a card number.
 */

export const ProviderKind = v.string();

/** One provider as the portal lists it. */
export const ProviderView = v.object({
  id: v.string(),
  /** `local`, `ldap`, `oidc`; a newer service may add kinds, shown by their code. */
  kind: ProviderKind,
  name: v.string(),
  /** The directory's URL (`ldap`), the issuer (`oidc`), null for `local`. */
  server: v.nullable(v.string()),
  /** false for the local users when the config file does not list them (they are there all the same). */
  listed: v.boolean(),
});
export type ProviderView = v.InferOutput<typeof ProviderView>;

/** `GET providers`: in the order they are tried. */
export const ProviderList = v.object({ providers: v.array(ProviderView) });
export type ProviderList = v.InferOutput<typeof ProviderList>;

/** `POST providers/:id/test`: a username to look up, or none for reachability only. Never a password. */
export const ProviderTestRequest = v.object({
  username: v.optional(v.pipe(v.string(), v.maxLength(256))),
});
export type ProviderTestRequest = v.InferOutput<typeof ProviderTestRequest>;

export const ProbeLookup = v.variant('kind', [
  v.object({
    kind: v.literal('found'),
    username: v.string(),
    displayName: v.string(),
    email: v.nullable(v.string()),
    /** How many card numbers the provider holds for the person; never the numbers. */
    cards: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.object({ kind: v.literal('not_found') }),
  v.object({ kind: v.literal('not_this_provider') }),
]);
export type ProbeLookup = v.InferOutput<typeof ProbeLookup>;

/** The Test action's answer: reachable (in how many ms) and the lookup, or why it could not be reached. */
export const ProviderProbe = v.variant('reachable', [
  v.object({
    reachable: v.literal(true),
    reachedInMs: v.pipe(v.number(), v.minValue(0)),
    lookup: v.nullable(ProbeLookup),
  }),
  v.object({ reachable: v.literal(false), trouble: v.string(), lookup: v.null() }),
]);
export type ProviderProbe = v.InferOutput<typeof ProviderProbe>;
