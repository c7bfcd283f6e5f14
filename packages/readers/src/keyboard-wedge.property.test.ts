// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyboardWedgeSource } from './keyboard-wedge';
import { createFakeKeyboard } from './testing/fake-keyboard';

/** A person's key, at least 80 ms after the key before it. */
interface HumanKey {
  readonly kind: 'human';
  readonly key: string;
  readonly gapMs: number;
}

/** A reader's burst, at least 80 ms after the key before it: characters 1–10 ms apart, then Enter. */
interface ReaderBurst {
  readonly kind: 'burst';
  readonly read: string;
  readonly leadMs: number;
  /** One gap per character: entry 0 is the gap before Enter, entry i the gap before character i. */
  readonly gapsMs: readonly number[];
  /** Whether the reader presses Shift before each upper-case letter, as a real US-layout wedge does. */
  readonly shifted: boolean;
}

const printable = fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code));
const humanKey = fc.record({
  kind: fc.constant('human' as const),
  key: fc.oneof({ weight: 8, arbitrary: printable }, { weight: 1, arbitrary: fc.constant('Enter') }),
  gapMs: fc.integer({ min: 80, max: 3000 }),
});
const hexDigit = fc.constantFrom(...'0123456789ABCDEFabcdef');
const readerBurst = fc.array(hexDigit, { minLength: 4, maxLength: 20 }).chain((digits) =>
  fc.record({
    kind: fc.constant('burst' as const),
    read: fc.constant(digits.join('')),
    leadMs: fc.integer({ min: 80, max: 3000 }),
    gapsMs: fc.array(fc.integer({ min: 1, max: 10 }), {
      minLength: digits.length,
      maxLength: digits.length,
    }),
    shifted: fc.boolean(),
  }),
);
const session = fc.array(
  fc.oneof<[fc.Arbitrary<HumanKey>, fc.Arbitrary<ReaderBurst>]>(humanKey, readerBurst),
  {
    maxLength: 40,
  },
);

type Focus = 'body' | 'input' | 'textarea';

/** Plays a session; returns the swipes, the focused field's final value and the Enter keys a person pressed. */
function play(focus: Focus, steps: ReadonlyArray<HumanKey | ReaderBurst>) {
  document.body.innerHTML = '';
  const field = focus === 'body' ? undefined : document.createElement(focus);
  if (field) {
    document.body.append(field);
    field.focus();
  }
  const keyboard = createFakeKeyboard(document);
  const reads: string[] = [];
  const stop = createKeyboardWedgeSource({ now: keyboard.now }).start((s) => reads.push(s.read));
  const humanEntersPrevented: boolean[] = [];
  for (const step of steps) {
    if (step.kind === 'human') {
      const prevented = keyboard.press(step.key, step.gapMs);
      if (step.key === 'Enter') humanEntersPrevented.push(prevented);
      continue;
    }
    [...step.read].forEach((char, i) => {
      const gapMs = i === 0 ? step.leadMs : (step.gapsMs[i] ?? 1);
      if (step.shifted && char >= 'A' && char <= 'F') {
        keyboard.press('Shift', gapMs, { shiftKey: true });
        keyboard.press(char, 0, { shiftKey: true });
      } else {
        keyboard.press(char, gapMs);
      }
    });
    keyboard.press('Enter', step.gapsMs[0] ?? 1);
  }
  stop();
  return { reads, value: field?.value, humanEntersPrevented };
}

/** What a person typed into the field: their characters, and a newline per Enter in a textarea. */
function humanText(focus: Focus, steps: ReadonlyArray<HumanKey | ReaderBurst>): string {
  return steps
    .map((step) =>
      step.kind !== 'human' ? '' : step.key !== 'Enter' ? step.key : focus === 'textarea' ? '\n' : '',
    )
    .join('');
}

describe.each<Focus>(['body', 'input', 'textarea'])('keyboard wedge with focus on %s', (focus) => {
  it('finds every burst exactly once, takes no human key for a card, and leaves only human text', () => {
    fc.assert(
      fc.property(session, (steps) => {
        const { reads, value, humanEntersPrevented } = play(focus, steps);
        expect(reads).toEqual(steps.flatMap((step) => (step.kind === 'burst' ? [step.read] : [])));
        expect(humanEntersPrevented.every((prevented) => !prevented)).toBe(true);
        if (focus !== 'body') expect(value).toBe(humanText(focus, steps));
      }),
      { numRuns: 150 },
    );
  });
});
