/**
 * Reverses the order of the character pairs (MyQ `reverse()`): `1234AB` → `AB3412`, for readers that
 * send the least significant byte first. An odd-length hex number is read as having a leading zero
 * (`ABC` = `0ABC` → `BC0A`), because that is the number it denotes; an odd-length non-hex input is null.
 */
export function reverseBytes(input: string): string | null {
  let even = input;
  if (input.length % 2 === 1) {
    if (!/^[0-9A-Fa-f]+$/.test(input)) return null;
    even = `0${input}`;
  }
  let reversed = '';
  for (let index = even.length - 2; index >= 0; index -= 2) reversed += even.slice(index, index + 2);
  return reversed;
}
