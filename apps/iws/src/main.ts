import { keyboardCardSource, startShell } from '@cardenroll/shell';

/**
 * The Konica Minolta IWS shell: the panel browser is the host, and the reader, in keyboard mode, types each
 * hex digit of the card as its two-digit ASCII code; this shell's default chain (ASCII2Hex) undoes that,
 * and refuses any other read (docs/card-numbers.md).
 */
const root = document.getElementById('panel');
if (root) void startShell({ shell: 'iws', cardSource: ({ reader }) => keyboardCardSource(reader) }, { root });
