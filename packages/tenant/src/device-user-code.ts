/**
 * Characters of a device flow's user code: the 20 consonants RFC 8628 §6.1 suggests (no vowels, so no
 * words form; no digits, so nothing reads as 0/O or 1/I). Eight of them hold 20^8 ≈ 2^34.6 codes.
 */
export const deviceUserCodeAlphabet = 'BCDFGHJKLMNPQRSTVWXZ';
const codeLength = 8;

/** A fresh device user code in canonical form (`WDJBMJHT`); `randomInt(n)` is uniform below n. */
export function newDeviceUserCode(randomInt: (n: number) => number): string {
  let code = '';
  for (let i = 0; i < codeLength; i++)
    code += deviceUserCodeAlphabet[randomInt(deviceUserCodeAlphabet.length)];
  return code;
}

/** `WDJBMJHT` → `WDJB-MJHT`, the form the desktop client prints. */
export const displayDeviceUserCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;

/** What a person typed (`wdjb-mjht`, `WDJB MJHT`) in canonical form, or null when it cannot be a code. */
export function parseDeviceUserCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== codeLength) return null;
  for (const char of code) if (!deviceUserCodeAlphabet.includes(char)) return null;
  return code;
}
