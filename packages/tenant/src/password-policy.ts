import { minPasswordLength } from '@cardenroll/contract';

/**
 * What a new password must be: at least 12 characters, not one of the passwords attackers try first, and
 * not the username. The list of common passwords is large, so the service passes it in (`isCommon`); the
 * rules here never carry it, and a browser build of this package stays small.
 */
export interface PasswordPolicy {
  /** True when `password` (compared case-insensitively) is on a list of common passwords. */
  isCommon(password: string): boolean;
}

export { minPasswordLength };
/** Long passphrases are welcome; the bound only keeps one hash from costing a megabyte of input. */
export const maxPasswordLength = 1024;

/** Why `password` may not be set for `username`, or null when it may. Never says the password itself. */
export function passwordWeakness(policy: PasswordPolicy, username: string, password: string): string | null {
  // Code points, not UTF-16 units, so an emoji counts as one character as a person would count it.
  const length = [...password].length;
  if (length < minPasswordLength) return `A password has at least ${minPasswordLength} characters.`;
  if (password.length > maxPasswordLength) return `A password has at most ${maxPasswordLength} characters.`;
  if (password.trim().toLowerCase() === username.trim().toLowerCase())
    return 'A password must not be the username.';
  if (policy.isCommon(password.toLowerCase()))
    return 'This password is on a list of common passwords; choose another.';
  return null;
}

/** A policy over a fixed list, for tests and small tenants (lower-cases the list once). */
export function listPasswordPolicy(common: Iterable<string>): PasswordPolicy {
  const set = new Set([...common].map((entry) => entry.toLowerCase()));
  return { isCommon: (password) => set.has(password.toLowerCase()) };
}
