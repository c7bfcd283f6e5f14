/** Characters of a hand-over user code: no 0/O, 1/I/L, so it survives being read off a panel. */
export const userCodeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const codeLength = 6;

/**
 * A fresh user code in its canonical form (`K7P3QX`); `displayUserCode` adds the dash. `randomInt(n)` is
 * the platform's uniform random integer below n (a secrets adapter passes its own).
 */
export function newUserCode(randomInt: (n: number) => number): string {
  let code = '';
  for (let i = 0; i < codeLength; i++) code += userCodeAlphabet[randomInt(userCodeAlphabet.length)];
  return code;
}

/** `K7P3QX` → `K7P-3QX`, the form shown on the panel. */
export function displayUserCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

/** What a person typed (`k7p-3qx`, `K7P 3QX`) in canonical form, or null when it cannot be a code. */
export function parseUserCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== codeLength) return null;
  for (const char of code) if (!userCodeAlphabet.includes(char)) return null;
  return code;
}
