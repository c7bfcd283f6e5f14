/**
 * A request path as the log may show it: the path the router saw (percent-decoded as Hono decodes it),
 * with the secret segment of the hand-over routes replaced (the poll and QR id, which is the QR image's
 * only proof, and the code a person types in the portal; likewise a desktop client's user code), and every character that could break or fake a
 * log line escaped. The query string is never part of it (the portal's `/portal/link?code=…`).
 */
export function loggedPath(path: string): string {
  return escapeControls(
    path
      .replace(/(\/handovers?\/)[^/]+/gi, '$1[redacted]')
      .replace(/(\/portal\/api\/device\/)[^/]+/gi, '$1[redacted]'),
  );
}

/**
 * Control characters (C0, DEL, C1), line and paragraph separators and bidirectional overrides as `\xNN`
 * or `\uNNNN`, and the backslash as `\\`, so one request is always one truthful line.
 */
export function escapeControls(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    /[\\\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (char) => {
      if (char === '\\') return '\\\\';
      const code = char.charCodeAt(0);
      return code <= 0xff
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : `\\u${code.toString(16).padStart(4, '0')}`;
    },
  );
}
