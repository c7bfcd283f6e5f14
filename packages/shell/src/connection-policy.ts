/**
 * Narrows the page's Content-Security-Policy so it can connect only to its own origin (its files) and the
 * tenant, and load images only from those two and `data:` (the phone hand-over's QR code is an image on
 * the tenant). The tenant is known only once config.json is read, so the policy arrives as a meta element
 * then; policies only ever add up, so this cannot loosen the one index.html ships with.
 */
export function restrictConnectionsToTenant(tenantUrl: string, doc: Document = document): void {
  const origin = originOf(tenantUrl);
  if (!origin || !doc.head) return;
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = `connect-src 'self' ${origin}; img-src 'self' data: ${origin}`;
  doc.head.appendChild(meta);
}

/** `https://host:port` of a URL the config check accepted; null for anything else. */
export function originOf(url: string): string | null {
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]+)/i.exec(url.trim());
  return match?.[1]?.toLowerCase() ?? null;
}
