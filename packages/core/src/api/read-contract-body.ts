import { MalformedResponseError } from './errors/malformed-response-error';
import type { TenantErrorContext } from './errors/tenant-error';
import { readJson } from './read-json';

/** A 2xx body checked against the contract: the flow must never act on a half-shaped answer. */
export async function readContractBody<T>(
  response: Response,
  isValid: (value: unknown) => value is T,
  context: TenantErrorContext,
): Promise<T> {
  const body = await readJson(response);
  if (!isValid(body)) throw new MalformedResponseError(context);
  return body;
}
