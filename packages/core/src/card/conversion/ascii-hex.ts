/** SAFEQ's test for a Konica Minolta read: ASCII codes 30–49, optionally padded with `FF` pairs. */
export const asciiHexPattern = /^([34][0-9])+([fF]{2})*$/;

/**
 * What a Konica Minolta reader in keyboard mode types for `card`: each character as its two-digit ASCII
 * code (`9` → `39`), then `padPairs` pairs of `FF`. The inverse of `decodeAsciiHex`, for simulations.
 */
export function encodeAsciiHex(card: string, padPairs = 2): string {
  let codes = '';
  for (const char of card) codes += char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0');
  return codes + 'FF'.repeat(padPairs);
}

/**
 * Decodes a read in which every character is sent as its two-digit ASCII code (`39` → `9`, `45` → `E`),
 * dropping the `FF` padding. Null when the read is not in that form.
 */
export function decodeAsciiHex(input: string): string | null {
  if (!asciiHexPattern.test(input)) return null;
  const codes = input.replace(/([fF]{2})+$/, '');
  let decoded = '';
  for (let index = 0; index < codes.length; index += 2) {
    decoded += String.fromCharCode(Number.parseInt(codes.slice(index, index + 2), 16));
  }
  return decoded;
}
