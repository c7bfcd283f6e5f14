import {
  authorizeDevice,
  type OAuthAnswer,
  otpForClient,
  pollDeviceToken,
  refreshClientToken,
  revokeClientToken,
} from '@cardenroll/tenant';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { baseUrlOf, clientAddress, type HttpDeps, type ServiceEnv } from './service-env';

const deviceCodeGrant = 'urn:ietf:params:oauth:grant-type:device_code';

/** An error in the shape of RFC 6749 §5.2: `{ error, error_description }`, never a problem document. */
function oauthErrorResponse(
  status: 400 | 401 | 415 | 429,
  error: string,
  description: string,
  retryAfterSeconds?: number,
): Response {
  const headers = new Headers({ 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  if (retryAfterSeconds !== undefined) headers.set('Retry-After', String(retryAfterSeconds));
  // RFC 6750 §3: a refused bearer token says how to authenticate.
  if (error === 'invalid_token') headers.set('WWW-Authenticate', 'Bearer error="invalid_token"');
  return new Response(JSON.stringify({ error, error_description: description }), { status, headers });
}

/** A rule's answer on the wire; tokens and codes are never cached (RFC 6749 §5.1). */
function oauthResponse<T>(answer: OAuthAnswer<T>, status: 200 | 201 = 200): Response {
  if (!answer.ok) {
    return oauthErrorResponse(answer.status, answer.error, answer.description, answer.retryAfterSeconds);
  }
  return new Response(answer.body === null ? null : JSON.stringify(answer.body), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', Pragma: 'no-cache' },
  });
}

const isForm = (contentType: string | undefined) =>
  /^application\/x-www-form-urlencoded\s*(;|$)/i.test(contentType?.trim() ?? '');

/**
 * The OAuth endpoints take `application/x-www-form-urlencoded` bodies, as RFC 6749 §3.2 and RFC 8628 §3.1
 * say, and nothing else (415). Their size is bounded by the service-wide limit (request-bounds.ts). They
 * read no cookie, so a form a foreign page posts here acts for nobody.
 */
const formOnly: MiddlewareHandler = async (c, next) => {
  if (c.req.method === 'POST' && !isForm(c.req.header('Content-Type'))) {
    return oauthErrorResponse(
      415,
      'invalid_request',
      'Bodies must be sent as application/x-www-form-urlencoded.',
    );
  }
  return next();
};

/** The form's parameters, each at most once (RFC 6749 §3.2), or a refusal naming the repeated one. */
async function formOf(c: Context): Promise<Map<string, string> | Response> {
  const params = new URLSearchParams(await c.req.text());
  const form = new Map<string, string>();
  for (const [name, value] of params) {
    if (form.has(name)) return oauthErrorResponse(400, 'invalid_request', `${name} is given more than once.`);
    form.set(name, value);
  }
  return form;
}

const missing = (name: string) => oauthErrorResponse(400, 'invalid_request', `${name} is required.`);

/**
 * The desktop client's OAuth endpoints under /oauth (docs/oauth-device.md): the device authorization
 * (RFC 8628 §3.1), the token endpoint for the device code and refresh grants (RFC 8628 §3.4, RFC 6749 §6)
 * and revocation (RFC 7009). The client is public: it proves nothing but its client_id.
 */
export function oauthApi(deps: HttpDeps): Hono<ServiceEnv> {
  const api = new Hono<ServiceEnv>();
  api.use('*', formOnly);

  api.post('/device_authorization', async (c) => {
    const form = await formOf(c);
    if (form instanceof Response) return form;
    const clientId = form.get('client_id');
    if (clientId === undefined) return missing('client_id');
    const answer = await authorizeDevice(deps, clientId, baseUrlOf(deps), [
      `device-start:${clientAddress(c)}`,
    ]);
    return oauthResponse(answer);
  });

  api.post('/token', async (c) => {
    const form = await formOf(c);
    if (form instanceof Response) return form;
    const clientId = form.get('client_id');
    const grantType = form.get('grant_type');
    if (grantType === undefined) return missing('grant_type');
    if (clientId === undefined) return missing('client_id');
    if (grantType === deviceCodeGrant) {
      const deviceCode = form.get('device_code');
      if (deviceCode === undefined) return missing('device_code');
      return oauthResponse(await pollDeviceToken(deps, clientId, deviceCode));
    }
    if (grantType === 'refresh_token') {
      const refreshToken = form.get('refresh_token');
      if (refreshToken === undefined) return missing('refresh_token');
      return oauthResponse(await refreshClientToken(deps, clientId, refreshToken));
    }
    return oauthErrorResponse(
      400,
      'unsupported_grant_type',
      `grant_type is ${deviceCodeGrant} or refresh_token.`,
    );
  });

  api.post('/revoke', async (c) => {
    const form = await formOf(c);
    if (form instanceof Response) return form;
    const clientId = form.get('client_id');
    const token = form.get('token');
    if (clientId === undefined) return missing('client_id');
    if (token === undefined) return missing('token');
    const answer = await revokeClientToken(deps, clientId, token);
    return answer.ok ? c.body(null, 200) : oauthResponse(answer);
  });

  return api;
}

/**
 * What the desktop client asks for with its access token: a fresh one-time password, under the portal's
 * rule (docs/oauth-device.md). `Authorization: Bearer`, no body.
 */
export function clientApi(deps: HttpDeps): Hono<ServiceEnv> {
  const api = new Hono<ServiceEnv>();
  api.post('/otp', async (c) => {
    const match = /^Bearer ([\w.~+/-]+=*)$/.exec(c.req.header('Authorization') ?? '');
    if (match?.[1] === undefined) {
      return oauthErrorResponse(401, 'invalid_token', 'An Authorization: Bearer access token is required.');
    }
    return oauthResponse(await otpForClient(deps, match[1]), 201);
  });
  return api;
}
