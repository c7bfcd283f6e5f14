/** The contract's alphabet for user codes: no 0/O, 1/I/L look-alikes (docs/portal-api.md). */
const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * The n-th user code of a mock tenant, `K7P-3QX` style. Deterministic, so a test run is repeatable; the
 * reference service draws them at random.
 */
export function mockUserCode(n: number): string {
  let value = (n * 7_919 + 104_729) % alphabet.length ** 6;
  let code = '';
  for (let i = 0; i < 6; i += 1) {
    code = alphabet.charAt(value % alphabet.length) + code;
    value = Math.floor(value / alphabet.length);
  }
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

/** A code as a person types it, with or without the dash, in any case; null when it cannot be one. */
export function normalizeUserCode(typed: string): string | null {
  const bare = typed.replace(/[\s-]/g, '').toUpperCase();
  return /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/.test(bare) ? `${bare.slice(0, 3)}-${bare.slice(3)}` : null;
}
