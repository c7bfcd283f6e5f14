import { describe, expect, it } from 'vitest';
import {
  type BurstEnd,
  type BurstOptions,
  type BurstState,
  type BurstStep,
  IDLE_BURST,
  type Keystroke,
  stepBurst,
} from './burst';

/**
 * A key and the gap before it, in ms. 'Enter' and 'Tab' are terminator keys, 'Esc' stands for any resetting
 * key, and 'Silence' is the silence tick the DOM adapter's timer sends.
 */
type Key = readonly [key: string, gapMs: number];
interface Found {
  readonly read: string;
  readonly field: number;
  readonly end: BurstEnd;
}

const typed = (text: string, gapMs: number): Key[] => [...text].map((char): Key => [char, gapMs]);
/** A reader's burst: `leadMs` after the previous key, then characters `gapMs` apart, then `end`. */
const burst = (read: string, gapMs = 5, leadMs = gapMs, end = 'Enter'): Key[] =>
  [...typed(read, gapMs), [end, gapMs] as Key].map(([key, gap], i): Key => [key, i === 0 ? leadMs : gap]);

function keystroke(key: string, at: number, field: number): Keystroke<number> {
  switch (key) {
    case 'Enter':
      return { kind: 'enter', at };
    case 'Tab':
      return { kind: 'tab', at };
    case 'Esc':
      return { kind: 'reset' };
    case 'Silence':
      return { kind: 'silence', at };
    default:
      return { kind: 'char', char: key, at, field };
  }
}

/** Runs keys through the reducer; each char's field snapshot is its index, so restores are checkable. */
function run(keys: readonly Key[], options?: BurstOptions): { found: Found[]; swallowed: number[] } {
  let state: BurstState<number> = IDLE_BURST;
  let at = 0;
  const found: Found[] = [];
  const swallowed: number[] = [];
  keys.forEach(([key, gapMs], index) => {
    at += gapMs;
    const step: BurstStep<number> = stepBurst(state, keystroke(key, at, index), options);
    state = step.state;
    if (step.swallow) swallowed.push(index);
    if (step.burst)
      found.push({ read: step.burst.read, field: step.burst.fields[0] ?? -1, end: step.burst.end });
  });
  return { found, swallowed };
}

const reads = (keys: readonly Key[], options?: BurstOptions) => run(keys, options).found;

describe('stepBurst over key sequences', () => {
  it.each<[string, Key[], Found[]]>([
    ['a burst of four', burst('04A1'), [{ read: '04A1', field: 0, end: 'enter' }]],
    ['a burst of three is too short', burst('04A'), []],
    ['gaps of exactly 35 ms still count', burst('04A1B2', 35), [{ read: '04A1B2', field: 0, end: 'enter' }]],
    ['a 36 ms gap between characters splits it', [...typed('04', 5), ...burst('A1', 36)], []],
    [
      'a gap restarts the candidate at the next character',
      [...typed('xy', 5), ['A', 100], ...burst('1B2C')],
      [{ read: 'A1B2C', field: 2, end: 'enter' }],
    ],
    ['an Enter 36 ms late is a person’s Enter', [...typed('04A1B2', 5), ['Enter', 36]], []],
    ['slow human typing then Enter', [...typed('alice', 150), ['Enter', 200]], []],
    ['human rollover of two keys then Enter', [...typed('ab', 20), ['Enter', 20]], []],
    ['a resetting key drops the candidate', [...typed('04', 5), ['Esc', 5], ...burst('A1')], []],
    ['Enter with nothing typed', [['Enter', 5]], []],
    [
      'human typing, then a burst, then more typing',
      [...typed('bob', 120), ['x', 90], ...burst('DEADBEEF', 3, 90), ...typed('ok', 200)],
      [{ read: 'DEADBEEF', field: 4, end: 'enter' }],
    ],
    [
      'two bursts back to back',
      [...burst('1234'), ['5', 200], ...burst('678')],
      [
        { read: '1234', field: 0, end: 'enter' },
        { read: '5678', field: 5, end: 'enter' },
      ],
    ],
    ['a burst ended by Tab', burst('CAFE', 5, 5, 'Tab'), [{ read: 'CAFE', field: 0, end: 'tab' }]],
    ['a Tab 36 ms late is a person’s Tab', [...typed('CAFE', 5), ['Tab', 36]], []],
    [
      'a burst ended by silence',
      [...typed('CAFE', 5), ['Silence', 100]],
      [{ read: 'CAFE', field: 0, end: 'gap' }],
    ],
    ['silence not yet long enough', [...typed('CAFE', 5), ['Silence', 99]], []],
    ['silence after three keys', [...typed('CAF', 5), ['Silence', 100]], []],
    ['a key inside the silence cancels it', [...typed('CAFE', 5), ['x', 60], ['Silence', 100]], []],
    [
      'only letters and digits end on silence',
      [...typed('ab-cd', 5), ['Silence', 100], ...typed('ab cd', 5), ['Silence', 100]],
      [],
    ],
    [
      'early silence, then the rest of the burst, then Enter',
      [...typed('CAFE', 5), ['Silence', 20], ...burst('42', 5)],
      [{ read: 'CAFE42', field: 0, end: 'enter' }],
    ],
  ])('%s', (_name, keys, expected) => {
    expect(reads(keys)).toEqual(expected);
  });

  it('honours custom options', () => {
    const options = { minLength: 2, maxGapMs: 10 };
    expect(reads(burst('AB', 10), options)).toEqual([{ read: 'AB', field: 0, end: 'enter' }]);
    expect(reads(burst('AB', 11), options)).toEqual([]);
    expect(reads(burst('A', 1), options)).toEqual([]);
  });

  it('ends only on the configured terminators, and not on silence when endGapMs is 0', () => {
    const options = { minLength: 4, maxGapMs: 35, terminators: ['tab'] as const, endGapMs: 0 };
    expect(reads(burst('1234', 5, 5, 'Enter'), options)).toEqual([]);
    expect(reads(burst('1234', 5, 5, 'Tab'), options)).toEqual([{ read: '1234', field: 0, end: 'tab' }]);
    expect(reads([...typed('1234', 5), ['Silence', 1000]], options)).toEqual([]);
  });

  it('swallows the terminator, and a second one right behind it (a \\r\\n ending), but not a later one', () => {
    const keys: Key[] = [...burst('1234'), ['Enter', 5], ['Tab', 30], ['Enter', 36]];
    expect(run(keys)).toEqual({ found: [{ read: '1234', field: 0, end: 'enter' }], swallowed: [4, 5, 6] });
    expect(run([...burst('1234'), ['Enter', 36]]).swallowed).toEqual([4]);
  });
});

describe('stepBurst with a prefix and a suffix', () => {
  const track2 = { minLength: 4, maxGapMs: 35, prefix: ';', suffix: '?' };

  it.each<[string, Key[], Found[]]>([
    ['strips both and ends on the suffix', typed(';04A1?', 5), [{ read: '04A1', field: 0, end: 'suffix' }]],
    [
      'swallows an Enter after the suffix',
      [...typed(';04A1?', 5), ['Enter', 5]],
      [{ read: '04A1', field: 0, end: 'suffix' }],
    ],
    ['strips a prefix with Enter', burst(';04A1'), [{ read: '04A1', field: 0, end: 'enter' }]],
    ['reads without either', burst('04A1'), [{ read: '04A1', field: 0, end: 'enter' }]],
    ['counts minLength without them', typed(';04A?', 5), []],
    [
      'strips them from a read ended by silence',
      [...typed(';04A1', 5), ['Silence', 100]],
      [{ read: '04A1', field: 0, end: 'gap' }],
    ],
  ])('%s', (_name, keys, expected) => {
    expect(reads(keys, track2)).toEqual(expected);
    const keyed = expected.filter((found) => found.end !== 'gap');
    if (keyed.length > 0) expect(run(keys, track2).swallowed.length).toBeGreaterThan(0);
  });

  it('takes \\r\\n in a suffix as the Enter keys they arrive as', () => {
    const crlf = { minLength: 4, maxGapMs: 35, suffix: '\r\n' };
    expect(run([...burst('04A1'), ['Enter', 5]], crlf)).toEqual({
      found: [{ read: '04A1', field: 0, end: 'enter' }],
      swallowed: [4, 5],
    });
  });

  it('swallows the suffix key that ends a burst, and no key of a short candidate', () => {
    expect(run(typed(';04A1?', 5), track2).swallowed).toEqual([5]);
    expect(run(typed(';04?', 5), track2).swallowed).toEqual([]);
  });
});

describe('stepBurst, one step at a time', () => {
  const candidate: BurstState<string> = { phase: 'candidate', read: '04A', lastAt: 100, fields: ['before'] };
  it.each<[string, BurstState<string>, Keystroke<string>, BurstState<string>, string | undefined]>([
    [
      'idle + char starts a candidate with its snapshot',
      IDLE_BURST,
      { kind: 'char', char: '0', at: 50, field: 'f' },
      { phase: 'candidate', read: '0', lastAt: 50, fields: ['f'] },
      undefined,
    ],
    [
      'a close char extends it and adds its snapshot',
      candidate,
      { kind: 'char', char: '1', at: 110, field: 'later' },
      { phase: 'candidate', read: '04A1', lastAt: 110, fields: ['before', 'later'] },
      undefined,
    ],
    [
      'a late char restarts with its own snapshot',
      candidate,
      { kind: 'char', char: '1', at: 136, field: 'later' },
      { phase: 'candidate', read: '1', lastAt: 136, fields: ['later'] },
      undefined,
    ],
    [
      'a char stamped earlier than the last one restarts',
      candidate,
      { kind: 'char', char: '1', at: 99, field: 'later' },
      { phase: 'candidate', read: '1', lastAt: 99, fields: ['later'] },
      undefined,
    ],
    [
      'a close Enter on three chars is not a burst',
      candidate,
      { kind: 'enter', at: 101 },
      IDLE_BURST,
      undefined,
    ],
    ['reset drops the candidate', candidate, { kind: 'reset' }, IDLE_BURST, undefined],
    ['Enter when idle', IDLE_BURST, { kind: 'enter', at: 101 }, IDLE_BURST, undefined],
    ['silence when idle', IDLE_BURST, { kind: 'silence', at: 500 }, IDLE_BURST, undefined],
    [
      'a close Enter on four chars completes',
      { ...candidate, read: '04A1' },
      { kind: 'enter', at: 135 },
      { phase: 'ended', at: 135 },
      '04A1',
    ],
    [
      'silence of endGapMs on four chars completes',
      { ...candidate, read: '04A1' },
      { kind: 'silence', at: 200 },
      IDLE_BURST,
      '04A1',
    ],
    [
      'a char after the end starts over',
      { phase: 'ended', at: 135 },
      { kind: 'char', char: '1', at: 140, field: 'next' },
      { phase: 'candidate', read: '1', lastAt: 140, fields: ['next'] },
      undefined,
    ],
  ])('%s', (_name, state, keystroke, next, read) => {
    const step = stepBurst(state, keystroke);
    expect(step.state).toEqual(next);
    expect(step.burst?.read).toEqual(read);
    if (read !== undefined) expect(step.burst?.fields).toEqual(['before']);
  });
});
