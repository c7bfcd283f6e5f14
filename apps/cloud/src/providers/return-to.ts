/** The longest return-to path kept; a hand-over link is about 30 characters. */
const maxReturnTo = 512;

/**
 * Where a sign-in at an identity provider may return: a page of the portal on this service, as a relative
 * path with its query (`/portal/link?code=…`), or null. Everything else — another origin, `//host`,
 * `/\host`, a scheme, control characters, the API or the sign-in routes themselves — is refused, so a
 * crafted sign-in link cannot send a person on to a page of someone else's choosing (open redirect).
 */
export function safeReturnTo(value: string | undefined | null): string | null {
  if (typeof value !== 'string' || value.length > maxReturnTo) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
  if (!value.startsWith('/portal/') || /[\\\u0000-\u001f\u007f-\u009f]/.test(value)) return null;
  const base = 'http://portal.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.origin !== base || !url.pathname.startsWith('/portal/')) return null;
  if (/^\/portal\/(api|oidc)(\/|$)/.test(url.pathname)) return null;
  return `${url.pathname}${url.search}`;
}
