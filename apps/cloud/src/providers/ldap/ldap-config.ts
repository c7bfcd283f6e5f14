import * as v from 'valibot';
import { secretReference } from '../../service-config/secret';
import { providerIdSchema, providerNameSchema } from '../provider-id';

const attributeName = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z][A-Za-z0-9-]{0,63}$/, 'an LDAP attribute name (letters, digits, -)'),
);
const filterText = v.pipe(
  v.string(),
  v.minLength(3),
  v.maxLength(1000),
  v.check((text) => text.startsWith('(') && text.endsWith(')'), 'a filter is in parentheses'),
);

/**
 * An LDAP directory or Active Directory, searched with a service account (docs/identity.md, "Authentication
 * providers"). A sign-in finds the person with the service account, then binds as them to check the
 * password; card numbers are read from `attributes.cardNumbers`, never written.
 */
export const ldapProviderSchema = v.strictObject({
  kind: v.literal('ldap'),
  id: providerIdSchema,
  name: v.optional(providerNameSchema),
  /** `ldap://host:389` (StartTLS unless `startTls: false`) or `ldaps://host:636`; no path or query. */
  url: v.pipe(
    v.string(),
    v.regex(
      /^ldaps?:\/\/[A-Za-z0-9.[\]:-]+\/?$/,
      'an ldap:// or ldaps:// URL with a host and an optional port',
    ),
  ),
  /** For `ldap://` only: upgrade with StartTLS (default true). false sends passwords in clear: a lab only. */
  startTls: v.optional(v.boolean()),
  /** A PEM file with the CA that signed the directory's certificate (else the system's CAs). */
  caFile: v.optional(v.pipe(v.string(), v.minLength(1))),
  bindDn: v.pipe(v.string(), v.minLength(1)),
  bindPassword: secretReference,
  baseDn: v.pipe(v.string(), v.minLength(1)),
  /** What a person is (ANDed into every search). Default `(objectClass=person)`, true of AD users too. */
  personFilter: v.optional(filterText),
  /**
   * The search for a typed name, `{username}` where the name goes (escaped, RFC 4515). Default:
   * `(&<personFilter>(<attributes.username>={username}))`.
   */
  userFilter: v.optional(
    v.pipe(
      filterText,
      v.check((text) => text.includes('{username}'), 'the filter must contain {username}'),
    ),
  ),
  attributes: v.optional(
    v.strictObject({
      /** `uid` (OpenLDAP, the default), `sAMAccountName` or `userPrincipalName` (AD). */
      username: v.optional(attributeName),
      /** Default `cn`; `displayName` in AD. */
      displayName: v.optional(attributeName),
      /** Default `mail`. */
      email: v.optional(attributeName),
      /** Where card numbers are stored; each attribute may hold several. Default none. */
      cardNumbers: v.optional(v.pipe(v.array(attributeName), v.maxLength(8))),
    }),
  ),
  /** Domain aliases people type: `CORP\alice`, `alice@corp.example`. */
  domains: v.optional(v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(253))), v.maxLength(20))),
  /** true: only names with one of `domains` are this directory's (a bare name is not). Default false. */
  strictDomains: v.optional(v.boolean()),
  /** Each connection and operation, in ms (default 3000, 500–15000). */
  timeoutMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(500), v.maxValue(15_000))),
  /**
   * The directory's own account lockout: our lock trips one wrong password before `threshold` and lasts at
   * least `windowMinutes` (AD's "Reset account lockout counter after"). Default 5 and 30.
   */
  directoryLockout: v.optional(
    v.strictObject({
      threshold: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(1000)),
      windowMinutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 60)),
    }),
  ),
});
export type LdapProviderConfig = v.InferOutput<typeof ldapProviderSchema>;
