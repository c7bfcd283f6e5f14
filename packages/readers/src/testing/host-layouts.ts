/** The host key maps the tests type a US-layout reader through. */
export type HostLayout = 'us' | 'azerty' | 'qwertz';

const AZERTY_DIGITS = 'à&é"\'(-è_ç';

/**
 * The keydown a US-layout reader's character becomes on a host with `layout`: the physical key (`code`) the
 * reader presses, and the character (`key`) the host's map makes of it. Covers hex, `;` and `?`. Only for tests.
 */
export function hostKey(layout: HostLayout, char: string): KeyboardEventInit {
  if (/^[0-9]$/.test(char)) {
    const key = layout === 'azerty' ? AZERTY_DIGITS.charAt(Number(char)) : char;
    return { key, code: `Digit${char}` };
  }
  if (/^[A-Fa-f]$/.test(char)) {
    const shiftKey = char === char.toUpperCase();
    // AZERTY has Q where the US map has A.
    const key = layout === 'azerty' && char.toLowerCase() === 'a' ? (shiftKey ? 'Q' : 'q') : char;
    return { key, code: `Key${char.toUpperCase()}`, shiftKey };
  }
  if (char === ';') return { key: { us: ';', azerty: 'm', qwertz: 'ö' }[layout], code: 'Semicolon' };
  if (char === '?')
    return { key: { us: '?', azerty: '§', qwertz: '_' }[layout], code: 'Slash', shiftKey: true };
  throw new Error(`No host key for ${JSON.stringify(char)}`);
}
