/** What is wrong with a tenant URL, or null when the panel may talk to it. */
export type TenantUrlProblem = 'notUrl' | 'notHttps' | null;

// A regular expression, not `new URL`: the panel browsers this runs in may not have URL.
const webAddress = /^([a-z][a-z0-9+.-]*):\/\/(\[[0-9a-f:.]+\]|[^/?#@:\s[\]]+)(?::(\d{1,5}))?(?:[/?#]\S*)?$/i;

/**
 * Card numbers and credentials cross this connection, so it must be HTTPS. Plain HTTP is allowed only to
 * this device itself (a reference service or a tunnel on loopback), which never leaves the printer, and
 * only by the two names the panel's Content-Security-Policy can allow (decision 0014): a policy has no way
 * to name `[::1]` or 127.0.0.2, so such a tenant would pass this check and then be blocked unseen.
 */
export function checkTenantUrl(url: string): TenantUrlProblem {
  const match = webAddress.exec(url.trim());
  if (!match) return 'notUrl';
  const scheme = (match[1] ?? '').toLowerCase();
  const host = (match[2] ?? '').toLowerCase();
  if (scheme === 'https') return null;
  if (scheme === 'http' && isLoopback(host)) return null;
  return 'notHttps';
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '127.0.0.1';
}
