/**
 * The tenant URL is a prefix, like ky's `prefixUrl`: `https://t.example/acme` and `https://t.example/acme/`
 * both put the API under `/acme/api/v1/`, so a tenant on any origin or path works.
 */
export function tenantBase(tenantUrl: string): string {
  return new URL(tenantUrl.endsWith('/') ? tenantUrl : `${tenantUrl}/`).href;
}

/** The absolute URL of an API path (`apiPaths.identify`) on this tenant. */
export function tenantEndpoint(tenantUrl: string, path: string): string {
  return new URL(path, tenantBase(tenantUrl)).href;
}

/**
 * Whether a request goes to this tenant's API (and so must be answered by the mock). Only the `api/`
 * namespace counts: a simulator may serve the tenant from its own origin, next to the app's static files.
 */
export function isTenantRequest(url: string, tenantUrl: string): boolean {
  return new URL(url).href.startsWith(tenantEndpoint(tenantUrl, 'api/'));
}
