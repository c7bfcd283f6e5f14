import {
  beginProviderSignIn,
  identityNameOf,
  type ProviderRefusal,
  signInWithIdentity,
  takeProviderSignIn,
} from '@cardenroll/tenant';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import * as client from 'openid-client';
import { escapeControls } from '../../http/log-path';
import { isSecure, setSessionCookie } from '../../http/portal-guard';
import { baseUrlOf, type HttpDeps, type ServiceEnv } from '../../http/service-env';
import { safeReturnTo } from '../return-to';
import type { OidcIssuer } from './oidc-issuer';

/** The cookie that binds a sign-in under way to the browser that started it (decision 0024). */
export const signInCookie = 'cardenroll_sign_in';
const signInCookiePath = '/portal/oidc';

/** Why the portal shows its sign-in page with a message after a trip to a provider (the `sign_in_problem` query). */
export type SignInProblem = ProviderRefusal | 'provider_unreachable' | 'provider_refused';

/** The query parameter the portal reads its message from, and removes from the address. */
export const signInProblemParam = 'sign_in_problem';

/** The callback URL registered at the provider: always from the configured public URL, never a request's Host. */
export const callbackUrlOf = (deps: HttpDeps, providerId: string): string =>
  `${baseUrlOf(deps)}/portal/oidc/${providerId}/callback`;

/** `returnTo` with the problem in its query, for the portal to show. */
function withProblem(returnTo: string, problem: SignInProblem): string {
  const url = new URL(returnTo, 'http://portal.invalid');
  url.searchParams.set(signInProblemParam, problem);
  return `${url.pathname}${url.search}`;
}

/** The error's name and code only: a message or body could quote what the provider sent. */
const errorLine = (error: unknown): string => {
  if (!(error instanceof Error)) return 'unknown error';
  const code = (error as { code?: unknown }).code;
  const cause = error.cause instanceof Error ? ` (${error.cause.name}: ${error.cause.message})` : '';
  return escapeControls(
    `${error.name}${typeof code === 'string' ? ` ${code}` : ''}: ${error.message}${cause}`,
  );
};

/**
 * The PKCE code verifier of a sign-in, derived from its browser token under the installation's key: it is
 * never stored, so a copy of the data file holds nothing that redeems an authorization code.
 */
const codeVerifierOf = (deps: HttpDeps, browserToken: string) =>
  deps.secrets.keyedHash(`pkce-code-verifier:${browserToken}`);

/**
 * Sign-in with OpenID Connect (docs/identity.md): the sign-in page's buttons, the
 * redirect to the provider (authorization code with PKCE S256, `state`, `nonce`) and its callback, which
 * openid-client checks (the code's exchange, the ID token's signature, issuer, audience, expiry and nonce)
 * before the tenant's rules match the identity to a user and open a portal session.
 */
export function oidcRoutes(deps: HttpDeps, issuers: readonly OidcIssuer[]): Hono<ServiceEnv> {
  const routes = new Hono<ServiceEnv>();
  const byId = new Map(issuers.map((issuer) => [issuer.provider.id, issuer]));
  const log = (providerId: string, line: string) => deps.log(`oidc ${providerId}: ${line}`);

  routes.get('/api/sign-in-providers', (c) =>
    c.json({ providers: issuers.map(({ provider }) => ({ id: provider.id, name: provider.name })) }),
  );

  routes.get('/oidc/:providerId/start', async (c) => {
    const issuer = byId.get(c.req.param('providerId'));
    if (issuer === undefined) return c.text('No such sign-in provider.\n', 404);
    const { provider } = issuer;
    const returnTo = safeReturnTo(c.req.query('returnTo')) ?? '/portal/';
    let configuration: client.Configuration;
    try {
      configuration = await issuer.configuration();
    } catch (error) {
      log(provider.id, `the issuer ${provider.issuer.href} cannot be reached: ${errorLine(error)}`);
      return c.redirect(withProblem(returnTo, 'provider_unreachable'), 302);
    }
    const browserToken = deps.secrets.newToken('si');
    const state = client.randomState();
    const nonce = client.randomNonce();
    await beginProviderSignIn(deps, browserToken, { providerId: provider.id, state, nonce, returnTo });
    setCookie(c, signInCookie, browserToken, {
      httpOnly: true,
      // Lax, not Strict: the provider's redirect back is a top-level GET from another site, which must
      // carry it. Scoped to the callback's path, gone after 10 minutes.
      sameSite: 'Lax',
      path: signInCookiePath,
      maxAge: 600,
      secure: isSecure(deps, c.req.url),
    });
    const authorization = client.buildAuthorizationUrl(configuration, {
      redirect_uri: callbackUrlOf(deps, provider.id),
      scope: provider.scopes.join(' '),
      code_challenge: await client.calculatePKCECodeChallenge(await codeVerifierOf(deps, browserToken)),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return c.redirect(authorization.href, 302);
  });

  routes.get('/oidc/:providerId/callback', async (c) => {
    const issuer = byId.get(c.req.param('providerId'));
    if (issuer === undefined) return c.text('No such sign-in provider.\n', 404);
    const { provider } = issuer;
    const browserToken = getCookie(c, signInCookie);
    deleteCookie(c, signInCookie, { path: signInCookiePath, secure: isSecure(deps, c.req.url) });
    const taken = await takeProviderSignIn(deps, browserToken, provider.id, c.req.query('state'));
    if (!taken.ok) {
      log(provider.id, `callback refused: ${taken.reason.replace(/_/g, ' ')}`);
      return c.redirect(withProblem('/portal/', taken.reason), 302);
    }
    const record = taken.value;
    const providerError = c.req.query('error');
    if (providerError !== undefined) {
      // The person cancelled, or the provider refused them (no access to this application).
      log(provider.id, `the provider answered ${escapeControls(providerError.slice(0, 64))}`);
      return c.redirect(withProblem(record.return_to, 'provider_refused'), 302);
    }
    let claims: Readonly<Record<string, unknown>>;
    try {
      const configuration = await issuer.configuration();
      // The URL as the provider was told it (the public URL), with the query as it came back.
      const current = new URL(callbackUrlOf(deps, provider.id));
      current.search = new URL(c.req.url).search;
      const tokens = await client.authorizationCodeGrant(configuration, current, {
        pkceCodeVerifier: await codeVerifierOf(deps, browserToken ?? ''),
        expectedState: record.state,
        expectedNonce: record.nonce,
        idTokenExpected: true,
      });
      // Only the claims are kept, for the match; the tokens themselves go no further.
      const idClaims: Readonly<Record<string, unknown>> = tokens.claims() ?? {};
      claims = idClaims;
      if (identityNameOf(idClaims, provider.userClaim) === null && typeof idClaims.sub === 'string') {
        // A provider that follows the letter of OpenID Connect puts scope claims (profile, email) in the
        // UserInfo answer only; it must be about the same subject, and the ID token's claims win.
        const info = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
        claims = { ...info, ...idClaims };
      }
    } catch (error) {
      const unreachable = error instanceof TypeError || (error as { name?: string }).name === 'AbortError';
      log(provider.id, `sign-in refused: ${errorLine(error)}`);
      return c.redirect(
        withProblem(record.return_to, unreachable ? 'provider_unreachable' : 'provider_refused'),
        302,
      );
    }
    const outcome = await signInWithIdentity(
      deps,
      { id: provider.id, name: provider.name, claim: provider.userClaim, createUsers: provider.createUsers },
      claims,
    );
    if (!outcome.ok) return c.redirect(withProblem(record.return_to, outcome.reason), 302);
    setSessionCookie(deps, c, outcome.value.login.sessionId);
    return c.redirect(record.return_to, 302);
  });

  return routes;
}
