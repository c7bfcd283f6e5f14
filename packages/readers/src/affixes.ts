/** The framing a reader may be configured to add around the card number. */
export interface Affixes {
  readonly prefix: string;
  readonly suffix: string;
}

/** Removes `prefix` and `suffix` where present; a reader that sometimes omits them still reads. */
export function stripAffixes(raw: string, { prefix, suffix }: Affixes): string {
  let read = raw;
  if (prefix !== '' && read.startsWith(prefix)) read = read.slice(prefix.length);
  const printable = printableSuffix(suffix);
  if (printable !== '' && read.endsWith(printable)) read = read.slice(0, read.length - printable.length);
  return read;
}

/** The part of a suffix that arrives as characters: `\r`, `\n` and `\t` arrive as Enter and Tab keys instead. */
export function printableSuffix(suffix: string): string {
  return suffix.replace(/[\r\n\t]/g, '');
}
