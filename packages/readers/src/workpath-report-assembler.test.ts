import { describe, expect, it } from 'vitest';
import {
  type AssemblerInput,
  type AssemblerState,
  assembleReport,
  INITIAL_ASSEMBLER,
  MAX_PENDING_CARD_CHARS,
} from './workpath-report-assembler';

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));
const CR = 0x0d;
const context = (contextId: string, state: 'created' | 'resent' | 'revoked'): AssemblerInput => ({
  type: 'accessory-context',
  contextId,
  state,
});
const report = (contextId: string, ordinal: number, bytes: number[]): AssemblerInput => ({
  type: 'hid-report',
  contextId,
  ordinal,
  bytes: new Uint8Array(bytes),
});

/** Runs the inputs from the initial state; collects every read and every context change. */
function run(inputs: readonly AssemblerInput[]): {
  reads: string[];
  changes: string[];
  state: AssemblerState;
} {
  let state = INITIAL_ASSEMBLER;
  const reads: string[] = [];
  const changes: string[] = [];
  for (const input of inputs) {
    const step = assembleReport(state, input);
    state = step.state;
    reads.push(...step.reads);
    if (step.context) changes.push(step.context);
  }
  return { reads, changes, state };
}

describe('assembleReport', () => {
  it.each<[string, AssemblerInput[], string[]]>([
    [
      'one report, ended by CR',
      [context('c1', 'created'), report('c1', 1, [...ascii('04A1B2C3'), CR])],
      ['04A1B2C3'],
    ],
    [
      'the same ordinal twice is one report',
      [
        context('c1', 'created'),
        report('c1', 1, ascii('04A1')),
        report('c1', 1, ascii('04A1')),
        report('c1', 2, [...ascii('B2'), CR]),
      ],
      ['04A1B2'],
    ],
    [
      'an old ordinal arriving late is ignored',
      [
        context('c1', 'created'),
        report('c1', 1, ascii('12')),
        report('c1', 2, [...ascii('34'), CR]),
        report('c1', 1, ascii('12')),
      ],
      ['1234'],
    ],
    [
      'a whole card delivered twice is read once',
      [
        context('c1', 'created'),
        report('c1', 7, [...ascii('ABCD'), CR]),
        report('c1', 7, [...ascii('ABCD'), CR]),
      ],
      ['ABCD'],
    ],
    [
      'a card split over three reports',
      [
        context('c1', 'created'),
        report('c1', 1, ascii('04D3E8')),
        report('c1', 2, ascii('F2A1')),
        report('c1', 3, [...ascii('7C80'), CR]),
      ],
      ['04D3E8F2A17C80'],
    ],
    [
      'CR inside the last report with trailing padding and LF',
      [
        context('c1', 'created'),
        report('c1', 1, ascii('0BAD')),
        report('c1', 2, [...ascii('C0DE'), CR, 0x0a, 0, 0, 0]),
      ],
      ['0BADC0DE'],
    ],
    [
      'two cards in a row, the second starting after the first CR',
      [
        context('c1', 'created'),
        report('c1', 1, [...ascii('AA'), CR, ...ascii('B')]),
        report('c1', 2, [...ascii('B'), CR]),
      ],
      ['AA', 'BB'],
    ],
    [
      'context re-sent mid-card: the tail is dropped, the next card is read',
      [
        context('c1', 'created'),
        report('c1', 1, ascii('04A1')),
        context('c1', 'resent'),
        report('c1', 2, [...ascii('B2C3'), CR]),
        report('c1', 3, [...ascii('1234'), CR]),
      ],
      ['1234'],
    ],
    [
      'context re-sent after a card: replayed reports are not read again',
      [
        context('c1', 'created'),
        report('c1', 1, [...ascii('1234'), CR]),
        context('c1', 'revoked'),
        context('c1', 'resent'),
        report('c1', 1, [...ascii('1234'), CR]),
        report('c1', 2, [...ascii('5678'), CR]),
      ],
      ['1234', '5678'],
    ],
    [
      'a revoked context reads nothing',
      [context('c1', 'created'), context('c1', 'revoked'), report('c1', 1, [...ascii('1234'), CR])],
      [],
    ],
    [
      'reports of another context are ignored',
      [context('c1', 'created'), report('c0', 1, [...ascii('1234'), CR])],
      [],
    ],
    [
      'a new context starts its own ordinals',
      [
        context('c1', 'created'),
        report('c1', 9, [...ascii('11'), CR]),
        context('c2', 'created'),
        report('c2', 1, [...ascii('22'), CR]),
      ],
      ['11', '22'],
    ],
    ['reports before any context are ignored', [report('c1', 1, [...ascii('1234'), CR])], []],
    ['a lone CR is no card', [context('c1', 'created'), report('c1', 1, [CR, 0, 0])], []],
  ])('%s', (_name, inputs, reads) => {
    expect(run(inputs).reads).toEqual(reads);
  });

  it.each<[string, AssemblerInput[], string[]]>([
    ['created opens', [context('c1', 'created')], ['opened']],
    ['created twice opens once', [context('c1', 'created'), context('c1', 'created')], ['opened']],
    ['revoked closes', [context('c1', 'created'), context('c1', 'revoked')], ['opened', 'revoked']],
    [
      'revoked twice closes once',
      [context('c1', 'created'), context('c1', 'revoked'), context('c1', 'revoked')],
      ['opened', 'revoked'],
    ],
    [
      'revoking another context changes nothing',
      [context('c1', 'created'), context('c0', 'revoked')],
      ['opened'],
    ],
    [
      're-sent after sleep opens again',
      [context('c1', 'created'), context('c1', 'revoked'), context('c1', 'resent')],
      ['opened', 'revoked', 'opened'],
    ],
  ])('context: %s', (_name, inputs, changes) => {
    expect(run(inputs).changes).toEqual(changes);
  });

  it('abandons a card that never ends, and reads the next one', () => {
    const endless = ascii('A'.repeat(MAX_PENDING_CARD_CHARS + 1));
    const { reads, state } = run([
      context('c1', 'created'),
      report('c1', 1, endless),
      report('c1', 2, [...ascii('TAIL'), CR]),
      report('c1', 3, [...ascii('1234'), CR]),
    ]);
    expect(reads).toEqual(['1234']);
    expect(state.pending).toBe('');
  });
});
