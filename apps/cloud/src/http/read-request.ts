/** The terminal key from `Authorization: Bearer <key>`, or null when the header is missing or another scheme. */
export function bearerKey(header: string | undefined): string | null {
  const match = /^Bearer +(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/**
 * The Idempotency-Key header, or null when missing or empty. Both the bare form (`abc`) and the quoted
 * structured-field form of the IETF draft (`"abc"`) are accepted and mean the same key, as in the mock.
 */
export function idempotencyKey(header: string | undefined): string | null {
  const raw = header?.trim() ?? '';
  const key = /^"(.*)"$/.exec(raw)?.[1] ?? raw;
  return key.length > 0 && key.length <= 255 ? key : null;
}

/** The JSON object body, or null when it is not JSON or not an object (both answered 400 invalid_request). */
export async function readJsonObject(request: Request): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = await request.json();
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** A required string field of 1 to `max` characters, or null. */
export function stringField(body: Record<string, unknown> | null, name: string, max = 1024): string | null {
  const value = body?.[name];
  return typeof value === 'string' && value.length > 0 && value.length <= max ? value : null;
}
