import { type TenantError, tenantErrorBrand } from './tenant-error';

/** True for any TenantError, even one built in another frame or realm, where `instanceof` fails. */
export function isTenantError(value: unknown): value is TenantError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[tenantErrorBrand] === true
  );
}
