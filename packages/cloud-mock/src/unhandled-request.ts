import { isTenantRequest } from './http/tenant-url';

/** The part of msw's `print` argument we use. */
export interface UnhandledRequestPrint {
  error(): void;
}

/**
 * An `onUnhandledRequest` for the browser: a request to the tenant's API without a handler fails loudly,
 * while the app's own files (scripts, styles, config, fonts), even on the tenant's origin, pass untouched.
 */
export function failOnUnhandledTenantRequest(tenantUrl: string) {
  return (request: Request, print: UnhandledRequestPrint): void => {
    if (isTenantRequest(request.url, tenantUrl)) print.error();
  };
}
