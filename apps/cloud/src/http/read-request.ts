/** The terminal key from `Authorization: Bearer <key>`, or null when the header is missing or another scheme. */
export function bearerKey(header: string | undefined): string | null {
  const match = /^Bearer +(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}
