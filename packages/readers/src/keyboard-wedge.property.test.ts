// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyboardWedgeSource, type KeyboardWedgeOptions } from './keyboard-wedge';
import { createFakeKeyboard } from './testing/fake-keyboard';
import { type HostLayout, hostKey } from './testing/host-layouts';

/** A person's key, at least 80 ms after the key before it; 'Focus' taps the other field. */
interface HumanKey {
  readonly kind: 'human';
  readonly key: string;
  readonly gapMs: number;
}

/** How a reader ends a burst: a key, `\r\n` (two Enters), its configured suffix, or nothing (silence). */
type Ending = 'enter' | 'tab' | 'crlf' | 'suffix' | 'gap';

/** A reader's burst, at least 80 ms after the key before it: characters 1–10 ms apart, then its ending. */
interface ReaderBurst {
  readonly kind: 'burst';
  readonly read: string;
  readonly leadMs: number;
  /** One gap per character: entry 0 is the gap before the ending, entry i the gap before character i. */
  readonly gapsMs: readonly number[];
  /** Whether the reader presses Shift before each upper-case letter, as a real US-layout wedge does. */
  readonly shifted: boolean;
  readonly ending: Ending;
  /** Silence after a burst that ends on it, at least the wedge's 100 ms. */
  readonly trailMs: number;
  /** Before which character focus moves to the other field (a person tapping it mid-burst), if any. */
  readonly focusMovesAt: number;
}

type Step = HumanKey | ReaderBurst;

const printable = fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code));
const humanKey = fc.record({
  kind: fc.constant('human' as const),
  key: fc.oneof(
    { weight: 8, arbitrary: printable },
    { weight: 1, arbitrary: fc.constantFrom('Enter', 'Tab', 'Focus') },
  ),
  gapMs: fc.integer({ min: 80, max: 3000 }),
});
const hexDigit = fc.constantFrom(...'0123456789ABCDEFabcdef');

function readerBurst(endings: readonly Ending[], cards?: fc.Arbitrary<string>): fc.Arbitrary<ReaderBurst> {
  const card = cards ?? fc.array(hexDigit, { minLength: 4, maxLength: 20 }).map((digits) => digits.join(''));
  return card.chain((read) =>
    fc.record({
      kind: fc.constant('burst' as const),
      read: fc.constant(read),
      leadMs: fc.integer({ min: 80, max: 3000 }),
      gapsMs: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: read.length, maxLength: read.length }),
      shifted: fc.boolean(),
      ending: fc.constantFrom(...endings),
      trailMs: fc.integer({ min: 100, max: 3000 }),
      focusMovesAt: fc.integer({ min: -read.length, max: read.length - 1 }),
    }),
  );
}

const session = (burst: fc.Arbitrary<ReaderBurst>) =>
  fc.array(fc.oneof<[fc.Arbitrary<HumanKey>, fc.Arbitrary<ReaderBurst>]>(humanKey, burst), { maxLength: 40 });

type Focus = 'body' | 'input' | 'password' | 'textarea';

/** A reader configuration, and how its bursts are framed on the wire. */
interface Config {
  readonly name: string;
  readonly options: KeyboardWedgeOptions;
  readonly endings: readonly Ending[];
  readonly frame: (read: string) => string;
}

const CONFIGS: readonly Config[] = [
  { name: 'plain', options: {}, endings: ['enter', 'tab', 'crlf', 'gap'], frame: (read) => read },
  {
    name: 'track-2 sentinels',
    options: { prefix: ';', suffix: '?' },
    endings: ['enter', 'tab', 'crlf', 'gap', 'suffix'],
    frame: (read) => `;${read}`,
  },
];

/**
 * Plays a session through a host key map; returns the swipes with their times, each field's value and what a
 * person typed into it, whether any key a person pressed was default-prevented, and whether any reader's
 * ending key was not.
 */
function play(focus: Focus, config: Config, layout: HostLayout, steps: readonly Step[], extra = {}) {
  document.body.innerHTML = '';
  const fields = focus === 'body' ? [] : [field(focus), field(focus === 'password' ? 'input' : 'password')];
  fields[0]?.focus();
  const typedByPerson = fields.map(() => '');
  const keyboard = createFakeKeyboard(document);
  const swipes: Array<{ read: string; at: number }> = [];
  const stop = createKeyboardWedgeSource({
    now: keyboard.now,
    timers: keyboard.timers,
    ...config.options,
    ...extra,
  }).start((s) => swipes.push({ read: s.read, at: keyboard.now() }));
  let personPrevented = false;
  // A reader's ending keys (Enter, Tab, the suffix) must never reach the page: they would submit or move focus.
  let endingLeaked = false;
  const moveFocus = () => {
    const next = fields.find((f) => f !== document.activeElement);
    next?.focus();
  };
  for (const step of steps) {
    if (step.kind === 'human') {
      if (step.key === 'Focus') {
        moveFocus();
        continue;
      }
      const index = fields.indexOf(document.activeElement as (typeof fields)[number]);
      personPrevented ||= keyboard.press(step.key, step.gapMs);
      if (index >= 0) typedByPerson[index] += personText(step.key, fields[index]?.tagName === 'TEXTAREA');
      continue;
    }
    const wire = config.frame(step.read) + (step.ending === 'suffix' ? '?' : '');
    [...wire].forEach((char, i) => {
      if (i === step.focusMovesAt) moveFocus();
      const gapMs = i === 0 ? step.leadMs : (step.gapsMs[i % step.gapsMs.length] ?? 1);
      const init = hostKey(layout, char);
      if (step.shifted && init.shiftKey)
        keyboard.press('Shift', gapMs, { shiftKey: true, code: 'ShiftLeft' });
      const prevented = keyboard.press(init.key ?? char, step.shifted && init.shiftKey ? 0 : gapMs, init);
      if (step.ending === 'suffix' && i === wire.length - 1) endingLeaked ||= !prevented;
    });
    const endGapMs = step.gapsMs[0] ?? 1;
    const end = (key: string) => {
      endingLeaked ||= !keyboard.press(key, endGapMs, { code: key });
    };
    if (step.ending === 'enter') end('Enter');
    if (step.ending === 'tab') end('Tab');
    if (step.ending === 'crlf') {
      end('Enter');
      end('Enter');
    }
    if (step.ending === 'gap') keyboard.wait(step.trailMs);
  }
  stop();
  return { swipes, values: fields.map((f) => f.value), typedByPerson, personPrevented, endingLeaked };
}

function field(kind: 'input' | 'password' | 'textarea'): HTMLInputElement | HTMLTextAreaElement {
  const element = kind === 'textarea' ? document.createElement('textarea') : document.createElement('input');
  if (kind === 'password') (element as HTMLInputElement).type = 'password';
  document.body.append(element);
  return element;
}

/** What a person's key leaves in a field: its character, and a newline per Enter in a textarea. */
function personText(key: string, textarea: boolean): string {
  if (key === 'Enter') return textarea ? '\n' : '';
  return key.length === 1 ? key : '';
}

const layouts = fc.constantFrom<HostLayout>('us', 'azerty', 'qwertz');

describe.each<Focus>(['body', 'input', 'password', 'textarea'])(
  'keyboard wedge with focus on %s',
  (focus) => {
    it.each(CONFIGS)(
      '$name: finds every burst exactly once, however it ends and whatever the host layout, takes no person’s key, leaves only their text',
      (config) => {
        fc.assert(
          fc.property(layouts, session(readerBurst(config.endings)), (layout, steps) => {
            const { swipes, values, typedByPerson, personPrevented, endingLeaked } = play(
              focus,
              config,
              layout,
              steps,
            );
            expect(swipes.map((s) => s.read)).toEqual(
              steps.flatMap((s) => (s.kind === 'burst' ? [s.read] : [])),
            );
            expect(personPrevented).toBe(false);
            expect(endingLeaked).toBe(false);
            expect(values).toEqual(typedByPerson);
          }),
          { numRuns: 100 },
        );
      },
    );
  },
);

describe('keyboard wedge with debounceMs', () => {
  const windowMs = 1500;
  const fewCards = fc.constantFrom('04A1B2C3', 'CAFEBABE', '0BADC0DE');

  it('gives one swipe for repeats of a card within the window, and never merges different cards', () => {
    fc.assert(
      fc.property(
        layouts,
        session(readerBurst(['enter', 'tab', 'crlf', 'gap'], fewCards)),
        (layout, steps) => {
          const all = play('input', CONFIGS[0] as Config, layout, steps).swipes;
          const debounced = play('input', CONFIGS[0] as Config, layout, steps, { debounceMs: windowMs });
          // The same session undebounced gives every burst and its time; a repeat of the read before it
          // within the window (measured from that read, kept or not) is what must go.
          const expected = all.filter((s, i) => {
            const before = all[i - 1];
            return !(before && before.read === s.read && s.at - before.at <= windowMs);
          });
          expect(debounced.swipes).toEqual(expected);
          expect(debounced.values).toEqual(debounced.typedByPerson);
        },
      ),
      { numRuns: 150 },
    );
  });
});
