/** The hand-over code's alphabet: no look-alikes (no 0/O, 1/I/L), per docs/portal-api.md. */
const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const codeLength = 6;
const shape = new RegExp(`^[${alphabet}]{${codeLength}}$`);

/**
 * The code as the service knows it, from what a person typed or the link carried: with or without
 * the dash, spaces, any case. Undefined when it cannot be a code.
 */
export function normalizeUserCode(input: string): string | undefined {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  return shape.test(code) ? code : undefined;
}

/** The code as the panel shows it: `K7P-3QX`. */
export function formatUserCode(code: string): string {
  const half = codeLength / 2;
  return code.length === codeLength ? `${code.slice(0, half)}-${code.slice(half)}` : code;
}
