/**
 * The key a username is stored and matched under: trimmed and lower-cased, so `Alice`, `ALICE` and
 * ` alice ` are one account (and one lockout).
 */
export function usernameKey(username: string): string {
  return username.trim().toLowerCase();
}

/**
 * The account key a typed sign-in name refers to. People type what their Windows sign-in taught them:
 * `alice`, `DEMO\alice` or `alice@demo.example`. The domain part is dropped only when the tenant lists
 * that domain in `accountDomains` (case-insensitive); any other domain stays part of the name, so it
 * matches no account rather than someone else's.
 */
export function accountKeyOf(typed: string, accountDomains: readonly string[]): string {
  const name = typed.trim();
  const domains = new Set(accountDomains.map((domain) => domain.trim().toLowerCase()));
  const backslash = name.indexOf('\\');
  if (backslash > 0) {
    const domain = name.slice(0, backslash).toLowerCase();
    const user = name.slice(backslash + 1);
    if (domains.has(domain) && user.length > 0) return usernameKey(user);
  }
  const at = name.lastIndexOf('@');
  if (at > 0) {
    const domain = name.slice(at + 1).toLowerCase();
    const user = name.slice(0, at);
    if (domains.has(domain) && user.length > 0) return usernameKey(user);
  }
  return usernameKey(name);
}

/** Usernames an administrator can create: what a directory exports, nothing that looks like a domain form. */
export function isValidUsername(username: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(username);
}
