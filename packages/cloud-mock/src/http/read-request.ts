/** The terminal key from `Authorization: Bearer <key>`, or null when the header is missing or another scheme. */
export function bearerKey(request: Request): string | null {
  const match = /^Bearer +(\S+)\s*$/i.exec(request.headers.get('Authorization') ?? '');
  return match?.[1] ?? null;
}
