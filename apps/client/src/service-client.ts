/** The desktop client's id at the service (a public client: it holds no secret). */
export const clientId = 'cardenroll-desktop';

/** The service did not answer at all: down, a wrong address, no network. */
export class ServiceUnreachable extends Error {
  override readonly name = 'ServiceUnreachable';
  constructor(
    readonly service: string,
    readonly reason: string,
  ) {
    super(`cannot reach ${service}: ${reason}`);
  }
}

/** The service answered something this client cannot read (another program at that address?). */
export class UnexpectedAnswer extends Error {
  override readonly name = 'UnexpectedAnswer';
}

export interface DeviceAuthorization {
  readonly device_code: string;
  readonly user_code: string;
  readonly verification_uri: string;
  readonly verification_uri_complete?: string;
  readonly expires_in: number;
  readonly interval?: number;
}

export interface Tokens {
  readonly access_token: string;
  readonly refresh_token: string;
  readonly expires_in: number;
}

/** An answer of an OAuth endpoint: its JSON body, or its RFC 6749 §5.2 error. */
export type OAuthResult<T> =
  | { readonly ok: true; readonly body: T }
  | { readonly ok: false; readonly status: number; readonly error: string; readonly description: string };

export interface IssuedOtp {
  readonly otp: string;
  readonly expiresAt: string;
}

/**
 * The service's endpoints for this client (docs/oauth-device.md), over `fetch`. Every request has a
 * 30-second limit; tokens travel in form bodies and headers, never in a URL.
 */
export function serviceClient(service: string, fetcher: typeof fetch = fetch) {
  const call = async (path: string, init: RequestInit): Promise<{ status: number; body: unknown }> => {
    let response: Response;
    try {
      response = await fetcher(new URL(path, `${service}/`), {
        ...init,
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new ServiceUnreachable(service, cause?.code ?? cause?.message ?? (error as Error).message);
    }
    const text = await response.text();
    if (text === '') return { status: response.status, body: null };
    try {
      return { status: response.status, body: JSON.parse(text) };
    } catch {
      throw new UnexpectedAnswer(`${service} answered ${response.status} with something other than JSON`);
    }
  };
  const form = async <T>(path: string, fields: Record<string, string>): Promise<OAuthResult<T>> => {
    const { status, body } = await call(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams(fields).toString(),
    });
    return resultOf<T>(status, body);
  };
  return {
    authorize: () => form<DeviceAuthorization>('oauth/device_authorization', { client_id: clientId }),
    pollToken: (deviceCode: string) =>
      form<Tokens>('oauth/token', {
        grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
        device_code: deviceCode,
        client_id: clientId,
      }),
    refresh: (refreshToken: string) =>
      form<Tokens>('oauth/token', {
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
        client_id: clientId,
      }),
    revoke: (token: string) =>
      form<null>('oauth/revoke', { token, token_type_hint: 'refresh_token', client_id: clientId }),
    async otp(accessToken: string): Promise<OAuthResult<IssuedOtp>> {
      const { status, body } = await call('client/v1/otp', {
        method: 'POST',
        headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' },
      });
      return resultOf<IssuedOtp>(status, body);
    },
  };
}

export type ServiceClient = ReturnType<typeof serviceClient>;

function resultOf<T>(status: number, body: unknown): OAuthResult<T> {
  if (status >= 200 && status < 300) return { ok: true, body: body as T };
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const error = typeof record.error === 'string' ? record.error : `http_${status}`;
  const description = typeof record.error_description === 'string' ? record.error_description : '';
  return { ok: false, status, error, description };
}
