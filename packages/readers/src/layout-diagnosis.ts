/**
 * The key map a read seems to have been typed through. `us`: it reads as a US host shows it (hex reads look
 * the same on German hosts too, so this is "nothing to fix"); `unknown`: characters no map here explains.
 */
export type HostLayout = 'us' | 'azerty' | 'qwertz' | 'unknown';

/** The verdict, and what the US-layout reader meant when a host key map garbled it. */
export interface LayoutDiagnosis {
  readonly layout: HostLayout;
  readonly intended: string;
}

/** French AZERTY: what the host shows → what the US-layout reader pressed. Digits need Shift there. */
const FROM_AZERTY = pairs("&1é2\"3'4(5-6è7_8ç9à0aqqazwwzAQQAZWWZm;M:ù'§?!/)-");
/** German QWERTZ: what the host shows → what the US-layout reader pressed. Y and Z swap, symbols move. */
const FROM_QWERTZ = pairs('zyyzZYYZß-?_ö;Ö:ä\'Ä"ü[Ü{+]*}#\\\'|-/_?§#&^/&(*)(=)"@´=`+^`°~;<:>');

const HEX = /^[0-9A-Fa-f]+$/;
const FRENCH_ONLY = /[éèçàù]/;
const GERMAN_ONLY = /[ßöÖäÄüÜ§´°]/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Tells the installer whether reads arrive through a non-US key map, from one read in `character` key-map
 * mode: AZERTY turns a reader's digits into `&é"'(-è_çà`, QWERTZ swaps Y and Z and moves symbols.
 */
export function diagnoseLayout(read: string): LayoutDiagnosis {
  if (HEX.test(read)) return { layout: 'us', intended: read };
  const azerty = translate(read, FROM_AZERTY);
  if (FRENCH_ONLY.test(read) || (azerty !== read && HEX.test(azerty))) {
    return { layout: 'azerty', intended: azerty };
  }
  if (GERMAN_ONLY.test(read)) return { layout: 'qwertz', intended: translate(read, FROM_QWERTZ) };
  return { layout: PRINTABLE_ASCII.test(read) ? 'us' : 'unknown', intended: read };
}

function pairs(flat: string): Readonly<Record<string, string>> {
  const map: Record<string, string> = {};
  const chars = [...flat];
  for (let i = 0; i + 1 < chars.length; i += 2) map[chars[i] as string] = chars[i + 1] as string;
  return map;
}

function translate(read: string, map: Readonly<Record<string, string>>): string {
  return [...read].map((char) => map[char] ?? char).join('');
}
