import { demoTenant } from '@cardenroll/tenant';

/** A bare fetch client as the panel would call the tenant, so tests exercise real HTTP semantics. */
export function terminalClient(tenantUrl: string) {
  const base = tenantUrl.endsWith('/') ? tenantUrl : `${tenantUrl}/`;
  let keys = 0;
  const post = (path: string, body: unknown, headers: Record<string, string> = {}, init: RequestInit = {}) =>
    fetch(new URL(path, base), {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${demoTenant.terminalKey}`,
        'Content-Type': 'application/json',
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      ...init,
    });
  const get = (path: string, init: RequestInit = {}) =>
    fetch(new URL(path, base), { headers: { Authorization: `Bearer ${demoTenant.terminalKey}` }, ...init });
  return {
    post,
    get,
    startHandover: (enrollmentToken: string) => post('api/v1/handovers', { enrollmentToken }),
    pollHandover: (handoverId: string) => get(`api/v1/handovers/${encodeURIComponent(handoverId)}`),
    identify: (cardNumber: string, headers?: Record<string, string>, init?: RequestInit) =>
      post('api/v1/cards/identify', { cardNumber }, headers, init),
    enroll: (
      body: { enrollmentToken: string; username?: string; secret?: string },
      headers: Record<string, string> = {},
      init?: RequestInit,
    ) =>
      post(
        'api/v1/cards/enroll',
        { username: 'alice', secret: 'alice-demo-pass', ...body },
        { 'Idempotency-Key': `test-key-${++keys}`, ...headers },
        init,
      ),
    /** Identifies an unknown card and returns its enrollment token. */
    async tokenFor(cardNumber: string): Promise<string> {
      const response = await post('api/v1/cards/identify', { cardNumber });
      const body = (await response.json()) as { enrollment?: { token: string } };
      if (body.enrollment === undefined) throw new Error(`no enrollment token for ${cardNumber}`);
      return body.enrollment.token;
    },
  };
}
