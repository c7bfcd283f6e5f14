import { describe, expect, it } from 'vitest';
import { type BurstOptions, type BurstState, IDLE_BURST, type Keystroke, stepBurst } from './burst';

/** A key and the gap before it, in ms. 'Enter' ends, 'Tab' stands for any resetting key. */
type Key = readonly [key: string, gapMs: number];

const typed = (text: string, gapMs: number): Key[] => [...text].map((char): Key => [char, gapMs]);
/** A reader's burst: `leadMs` after the previous key, then characters `gapMs` apart, then Enter. */
const burst = (read: string, gapMs = 5, leadMs = gapMs): Key[] =>
  [...typed(read, gapMs), ['Enter', gapMs] as Key].map(([key, gap], i): Key => [key, i === 0 ? leadMs : gap]);

/** Runs keys through the reducer; each char's field snapshot is its index, so restores are checkable. */
function run(keys: readonly Key[], options?: BurstOptions): Array<{ read: string; field: number }> {
  let state: BurstState<number> = IDLE_BURST;
  let at = 0;
  const found: Array<{ read: string; field: number }> = [];
  keys.forEach(([key, gapMs], index) => {
    at += gapMs;
    const keystroke: Keystroke<number> =
      key === 'Enter'
        ? { kind: 'enter', at }
        : key === 'Tab'
          ? { kind: 'reset' }
          : { kind: 'char', char: key, at, field: index };
    const step = stepBurst(state, keystroke, options);
    state = step.state;
    if (step.burst) found.push({ read: step.burst.read, field: step.burst.field });
  });
  return found;
}

describe('stepBurst over key sequences', () => {
  it.each<[string, Key[], Array<{ read: string; field: number }>]>([
    ['a burst of four', burst('04A1'), [{ read: '04A1', field: 0 }]],
    ['a burst of three is too short', burst('04A'), []],
    ['gaps of exactly 35 ms still count', burst('04A1B2', 35), [{ read: '04A1B2', field: 0 }]],
    ['a 36 ms gap between characters splits it', [...typed('04', 5), ...burst('A1', 36)], []],
    [
      'a gap restarts the candidate at the next character',
      [...typed('xy', 5), ['A', 100], ...burst('1B2C')],
      [{ read: 'A1B2C', field: 2 }],
    ],
    ['an Enter 36 ms late is a person’s Enter', [...typed('04A1B2', 5), ['Enter', 36]], []],
    ['slow human typing then Enter', [...typed('alice', 150), ['Enter', 200]], []],
    ['human rollover of two keys then Enter', [...typed('ab', 20), ['Enter', 20]], []],
    ['a resetting key drops the candidate', [...typed('04', 5), ['Tab', 5], ...burst('A1')], []],
    ['Enter with nothing typed', [['Enter', 5]], []],
    [
      'human typing, then a burst, then more typing',
      [...typed('bob', 120), ['x', 90], ...burst('DEADBEEF', 3, 90), ...typed('ok', 200)],
      [{ read: 'DEADBEEF', field: 4 }],
    ],
    [
      'two bursts back to back',
      [...burst('1234'), ['5', 200], ...burst('678')],
      [
        { read: '1234', field: 0 },
        { read: '5678', field: 5 },
      ],
    ],
  ])('%s', (_name, keys, expected) => {
    expect(run(keys)).toEqual(expected);
  });

  it('honours custom options', () => {
    const options = { minLength: 2, maxGapMs: 10 };
    expect(run(burst('AB', 10), options)).toEqual([{ read: 'AB', field: 0 }]);
    expect(run(burst('AB', 11), options)).toEqual([]);
    expect(run(burst('A', 1), options)).toEqual([]);
  });
});

describe('stepBurst, one step at a time', () => {
  const candidate: BurstState<string> = { phase: 'candidate', read: '04A', lastAt: 100, field: 'before' };
  it.each<[string, BurstState<string>, Keystroke<string>, BurstState<string>, string | undefined]>([
    [
      'idle + char starts a candidate with its snapshot',
      IDLE_BURST,
      { kind: 'char', char: '0', at: 50, field: 'f' },
      { phase: 'candidate', read: '0', lastAt: 50, field: 'f' },
      undefined,
    ],
    [
      'a close char extends it and keeps the first snapshot',
      candidate,
      { kind: 'char', char: '1', at: 110, field: 'later' },
      { phase: 'candidate', read: '04A1', lastAt: 110, field: 'before' },
      undefined,
    ],
    [
      'a late char restarts with its own snapshot',
      candidate,
      { kind: 'char', char: '1', at: 136, field: 'later' },
      { phase: 'candidate', read: '1', lastAt: 136, field: 'later' },
      undefined,
    ],
    [
      'a char stamped earlier than the last one restarts',
      candidate,
      { kind: 'char', char: '1', at: 99, field: 'later' },
      { phase: 'candidate', read: '1', lastAt: 99, field: 'later' },
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
    [
      'a close Enter on four chars completes',
      { ...candidate, read: '04A1' },
      { kind: 'enter', at: 135 },
      IDLE_BURST,
      '04A1',
    ],
  ])('%s', (_name, state, keystroke, next, read) => {
    const step = stepBurst(state, keystroke);
    expect(step.state).toEqual(next);
    expect(step.burst).toEqual(read === undefined ? undefined : { read, field: 'before' });
  });
});
