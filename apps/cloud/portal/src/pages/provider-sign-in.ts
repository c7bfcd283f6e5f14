/**
 * The sign-in page's side of signing in at an identity provider (OpenID Connect). The page only links to
 * the service's `oidc/<id>/start`; the service does the protocol and comes back to the page it was
 * started from, signed in, or with `sign_in_problem` in the address saying why not.
 */

/** Why a trip to an identity provider signed nobody in (the service's redirect says which). */
export const providerProblems = [
  'sign_in_not_found',
  'sign_in_expired',
  'no_identity',
  'unknown_identity',
  'account_disabled',
  'provider_unreachable',
  'provider_refused',
] as const;
export type ProviderProblem = (typeof providerProblems)[number];

const problemParam = 'sign_in_problem';

const isProviderProblem = (value: string | null): value is ProviderProblem =>
  (providerProblems as readonly (string | null)[]).includes(value);

/**
 * Reads the problem from the address and takes it out (keeping the rest, e.g. a hand-over's code), so a
 * reload or a bookmark does not show it again.
 */
export function takeProviderProblem(win: Window): ProviderProblem | null {
  const url = new URL(win.location.href);
  const value = url.searchParams.get(problemParam);
  if (value === null) return null;
  url.searchParams.delete(problemParam);
  win.history.replaceState(win.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  return isProviderProblem(value) ? value : null;
}

/** The link that starts a sign-in at provider `id` and comes back to `returnTo` (a path of this portal). */
export const providerStartHref = (base: string, id: string, returnTo: string): string =>
  `${base}oidc/${encodeURIComponent(id)}/start?${new URLSearchParams({ returnTo })}`;
