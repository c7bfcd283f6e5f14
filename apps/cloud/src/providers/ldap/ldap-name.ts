import { Filter } from 'ldapts';

/** The longest name we send to a directory; AD's sAMAccountName is at most 20, a UPN at most 256 with its domain. */
export const maxDirectoryNameLength = 64;

/**
 * The name to search a directory for, from what a person typed: `alice`, `CORP\alice` or
 * `alice@corp.example`. A domain must be one of the provider's (case-insensitive); with `strict`, a bare
 * name is not the provider's either. Null when the name is not this directory's, or could never be a
 * name: empty, longer than 64 characters, or with a control character. Such names never reach the
 * directory. What is left is still escaped when it goes into a filter (RFC 4515).
 */
export function directoryName(typed: string, domains: readonly string[], strict: boolean): string | null {
  const name = typed.trim();
  const known = new Set(domains.map((domain) => domain.trim().toLowerCase()));
  let user = name;
  let domain: string | null = null;
  const backslash = name.indexOf('\\');
  const at = name.lastIndexOf('@');
  if (backslash > 0) {
    domain = name.slice(0, backslash);
    user = name.slice(backslash + 1);
  } else if (at > 0 && known.has(name.slice(at + 1).toLowerCase())) {
    domain = name.slice(at + 1);
    user = name.slice(0, at);
  }
  if (domain !== null && !known.has(domain.toLowerCase())) return null;
  if (domain === null && strict) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
  if (user.length === 0 || user.length > maxDirectoryNameLength || /[\u0000-\u001f\u007f-\u009f]/.test(user))
    return null;
  return user;
}

/**
 * The search for a person: `template` (a configured `userFilter`) with every `{username}` replaced by
 * `name` escaped as an assertion value (RFC 4515: `*` `(` `)` `\` and NUL as `\2a` `\28` `\29` `\5c`
 * `\00`; other characters, non-ASCII included, are UTF-8 as the RFC allows), so `*)(uid=*` searches for
 * that literal name and can never widen the search. The replacement is a function, not a string: in a
 * replacement string `$'`, `` $` `` and `$&` would paste parts of the template into the filter unescaped.
 */
export function userSearchFilter(template: string, name: string): string {
  const value = Filter.escape(name);
  return template.replaceAll('{username}', () => value);
}
