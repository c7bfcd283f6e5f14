import type { HostMessage } from './workpath-bridge-protocol';

/** Characters kept for a card still arriving; past this the card is abandoned (a reader that lost its CR). */
export const MAX_PENDING_CARD_CHARS = 256;

const CR = 0x0d;
const LF = 0x0a;
const NUL = 0x00;

/** The assembler's memory: the accessory context it reads, the last report taken, the card so far. */
export interface AssemblerState {
  /** The context reports are taken from; kept while revoked, so a re-sent context continues its ordinals. */
  readonly contextId: string | undefined;
  readonly active: boolean;
  /** The highest ordinal taken in this context; a report at or below it is a duplicate or arrived late. */
  readonly lastOrdinal: number;
  readonly pending: string;
  /** Partial card data was thrown away: drop bytes up to the next CR rather than emit a card's tail. */
  readonly resync: boolean;
}

export const INITIAL_ASSEMBLER: AssemblerState = {
  contextId: undefined,
  active: false,
  lastOrdinal: -1,
  pending: '',
  resync: false,
};

/** The messages the assembler consumes; the adapter handles the rest. */
export type AssemblerInput = Extract<HostMessage, { readonly type: 'accessory-context' | 'hid-report' }>;

/** The next state, the cards completed, and whether the reader became usable (`opened`) or went away. */
export interface AssemblerStep {
  readonly state: AssemblerState;
  readonly reads: readonly string[];
  readonly context?: 'opened' | 'revoked';
}

/**
 * Joins the Workpath host's HID reports into card reads, pure: reports are de-duplicated by ordinal, joined
 * until CR, and partial data is dropped when the context is re-sent or revoked (the panel slept).
 */
export function assembleReport(state: AssemblerState, input: AssemblerInput): AssemblerStep {
  if (input.type === 'hid-report') return takeReport(state, input);
  const same = input.contextId === state.contextId;
  // Throwing partial data away means the rest of that card must not be emitted on its own.
  const dropped = { pending: '', resync: state.resync || state.pending !== '' };
  switch (input.state) {
    case 'created':
    case 'resent':
      // The same context created twice is one delivery twice; re-sent continues its ordinals.
      if (same && state.active && input.state === 'created') return { state, reads: [] };
      if (same) return { state: { ...state, ...dropped, active: true }, reads: [], context: 'opened' };
      return {
        state: { ...dropped, contextId: input.contextId, active: true, lastOrdinal: -1 },
        reads: [],
        context: 'opened',
      };
    case 'revoked':
      if (!same || !state.active) return { state, reads: [] };
      return { state: { ...state, ...dropped, active: false }, reads: [], context: 'revoked' };
    default:
      return input.state satisfies never;
  }
}

function takeReport(
  state: AssemblerState,
  report: Extract<AssemblerInput, { type: 'hid-report' }>,
): AssemblerStep {
  if (!state.active || report.contextId !== state.contextId || report.ordinal <= state.lastOrdinal) {
    return { state, reads: [] };
  }
  let { pending, resync } = state;
  const reads: string[] = [];
  for (const byte of report.bytes) {
    if (byte === NUL || byte === LF) continue;
    if (byte === CR) {
      if (pending !== '' && !resync) reads.push(pending);
      pending = '';
      resync = false;
    } else if (!resync) {
      pending += String.fromCharCode(byte);
      if (pending.length > MAX_PENDING_CARD_CHARS) [pending, resync] = ['', true];
    }
  }
  return { state: { ...state, lastOrdinal: report.ordinal, pending, resync }, reads };
}
