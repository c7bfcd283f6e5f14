import { readJson } from './read-json';
import { TenantError, type TenantErrorContext } from './tenant-error';

/** A 2xx body checked against the contract: the flow must never act on a half-shaped answer. */
export async function readContractBody<T>(
  response: Response,
  isValid: (value: unknown) => value is T,
  context: TenantErrorContext,
): Promise<T> {
  const body = await readJson(response);
  if (!isValid(body)) throw new TenantError({ kind: 'malformed_response' }, context);
  return body;
}
