import { expect } from 'vitest';
import type { Effect } from './effect';
import type { FlowEvent } from './event';
import * as f from './flow.fixture';
import type { State } from './state';
import { transition } from './transition';

/** The harness of the flow's table tests: each row is a state, an event, the exact next state and effects. */
export interface Row {
  readonly from: State;
  readonly event: FlowEvent;
  readonly to: State;
  readonly effects: readonly Effect[];
}

/** The step every fixture state is at, and what a transition that takes a step adds to its state. */
export const step = f.idle.step;
export const next = { step: step + 1, expiring: false } as const;

/** The timer a state's screen arms on the next step, with the fixture config's timeouts. */
export const arm = (name: keyof typeof f.config.timeouts): Effect => ({
  type: 'armTimeout',
  step: step + 1,
  warnAfterMs: f.config.timeouts[name] - f.config.warningMs,
  expireAfterMs: f.config.timeouts[name],
});
export const disarm: Effect = { type: 'disarmTimeout' };

/** Runs one row with the fixture config. */
export function expectRow(row: Row): void {
  const result = transition(row.from, row.event, f.config);
  expect(result.state).toEqual(row.to);
  expect(result.effects).toEqual(row.effects);
}
