import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HandoverStatus } from '../api/contract';
import type { Failure } from '../api/failure';
import type { CardNumber } from '../card/card-number';
import type { FlowEvent } from './event';
import * as f from './flow.fixture';
import { initialState, type State } from './state';
import { transition } from './transition';

// Secrets are distinctive so that any copy of one outside credentials/submitting is easy to find.
const secretArb = fc.constantFrom('SECRET-pass-1', 'SECRET-otp-246810', 'SECRET-x');
const cardArb = fc.constantFrom('CAFE0001', 'CAFE0002', 'BEEF0003') as fc.Arbitrary<CardNumber>;
const failureArb: fc.Arbitrary<Failure> = fc.oneof(
  fc.constantFrom<Failure>(
    { kind: 'invalid_credentials', attemptsLeft: 2 },
    { kind: 'invalid_credentials' },
    { kind: 'card_already_assigned' },
    { kind: 'account_locked' },
    { kind: 'too_many_attempts', retryAfterSeconds: 5 },
    { kind: 'enrollment_disabled' },
    { kind: 'enrollment_expired' },
    { kind: 'invalid_card_number' },
    { kind: 'invalid_terminal' },
    { kind: 'invalid_request' },
    { kind: 'handover_expired' },
    { kind: 'timeout' },
    { kind: 'network' },
    { kind: 'server', status: 503 },
    { kind: 'malformed_response' },
  ),
);

/** An event, and whether a step-tagged one answers the current step (else an older one). */
type Step = { readonly event: FlowEvent; readonly current: boolean };

const eventArb: fc.Arbitrary<FlowEvent> = fc.oneof(
  cardArb.map((card) => ({ type: 'swiped', card }) as const),
  fc.constant({ type: 'unreadableSwipe' } as const),
  fc
    .constantFrom(f.assigned, f.unassigned)
    .map((response) => ({ type: 'identified', step: 0, response }) as const),
  failureArb.map((failure) => ({ type: 'identifyFailed', step: 0, failure }) as const),
  fc.constant({ type: 'enrolled', step: 0, response: f.enrolledResponse } as const),
  failureArb.map((failure) => ({ type: 'enrollFailed', step: 0, failure }) as const),
  fc.constant({ type: 'enrollmentChosen' } as const),
  fc.constant({ type: 'handoverChosen' } as const),
  fc
    .constantFrom(1, 5)
    .map(
      (interval) => ({ type: 'handoverStarted', step: 0, handover: { ...f.handover, interval } }) as const,
    ),
  failureArb.map((failure) => ({ type: 'handoverStartFailed', step: 0, failure }) as const),
  fc
    .constantFrom<HandoverStatus>(
      { status: 'pending' },
      { status: 'denied' },
      { status: 'confirmed', ...f.enrolledResponse },
    )
    .map((status) => ({ type: 'handoverPolled', step: 0, status }) as const),
  failureArb.map((failure) => ({ type: 'handoverPollFailed', step: 0, failure }) as const),
  fc.constantFrom('alice', ' bob ', '').map((value) => ({ type: 'usernameChanged', value }) as const),
  secretArb.map((value) => ({ type: 'secretChanged', value }) as const),
  fc.uuid().map((idempotencyKey) => ({ type: 'submitted', idempotencyKey }) as const),
  fc.constantFrom<FlowEvent>(
    { type: 'cancelled' },
    { type: 'retried' },
    { type: 'wentBack' },
    { type: 'moreTimeRequested' },
    { type: 'loggedOut' },
    { type: 'hostSessionEnded' },
    { type: 'timeoutWarned', step: 0 },
    { type: 'timedOut', step: 0 },
  ),
);
const stepArb: fc.Arbitrary<Step> = fc.record({ event: eventArb, current: fc.boolean() });

function aimed(event: FlowEvent, state: State, current: boolean): FlowEvent {
  return 'step' in event ? { ...event, step: current ? state.step : state.step - 1 } : event;
}

/** What must hold of every state the flow can reach. */
function expectValid(state: State): void {
  expect(Number.isInteger(state.step)).toBe(true);
  const timed = ['prompt', 'credentials', 'handover', 'failed', 'signedIn'].includes(state.name);
  if (!timed) expect(state.expiring).toBe(false);
  if (state.name === 'submitting') {
    expect(state.username.trim()).toBe(state.username);
    expect(state.username).not.toBe('');
    expect(state.secret).not.toBe('');
  }
  if (state.name === 'credentials' || state.name === 'submitting') {
    expect(state.attempts).toBeGreaterThanOrEqual(0);
  } else {
    expect(JSON.stringify(state)).not.toContain('SECRET-');
  }
}

describe('transition, for any sequence of events', () => {
  it('keeps the state valid and never holds a secret outside credentials/submitting', () => {
    fc.assert(
      fc.property(
        fc.array(stepArb, { maxLength: 60 }),
        fc.boolean(),
        fc.boolean(),
        (steps, enrollmentPrompt, phoneHandover) => {
          const config = { ...f.config, enrollmentPrompt, phoneHandover };
          let state: State = initialState;
          for (const { event, current } of steps) {
            const before = state;
            const result = transition(before, aimed(event, before, current), config);
            state = result.state;
            expectValid(state);

            // The step only moves forward, and every new step arms or disarms the timers exactly once.
            expect(state.step).toBeGreaterThanOrEqual(before.step);
            const timerEffects = result.effects.filter(
              (e) => e.type === 'armTimeout' || e.type === 'disarmTimeout',
            );
            expect(timerEffects).toHaveLength(state.step === before.step ? 0 : 1);
            for (const e of timerEffects) if (e.type === 'armTimeout') expect(e.step).toBe(state.step);

            // A terminal without the hand-over never shows one.
            if (!phoneHandover) expect(state.name).not.toBe('handover');
            // Polls only while the hand-over shows its code, and always for the step the flow is on.
            for (const e of result.effects)
              if (e.type === 'pollHandover') {
                expect(state.name === 'handover' && state.handover?.handoverId).toBe(e.handoverId);
                expect(e.step).toBe(state.step);
              }

            // One request at most, and an enroll request only on Register card.
            const requests = result.effects.filter(
              (e) =>
                e.type === 'identify' ||
                e.type === 'enroll' ||
                e.type === 'startHandover' ||
                e.type === 'pollHandover',
            );
            expect(requests.length).toBeLessThanOrEqual(1);
            if (requests[0]?.type === 'enroll') {
              expect(before.name).toBe('credentials');
              expect(state.name).toBe('submitting');
            }
            if (requests[0]?.type === 'startHandover') {
              expect(before.name).toBe('credentials');
              expect(state).toMatchObject({ name: 'handover', handover: null });
            }
            // A submit in flight is never abandoned by a swipe or Cancel.
            if (before.name === 'submitting' && (event.type === 'swiped' || event.type === 'cancelled')) {
              expect(state).toBe(before);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('always finds a way back to idle from any reachable state', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        let state: State = initialState;
        for (const { event, current } of steps)
          state = transition(state, aimed(event, state, current), f.config).state;
        // The way out a person (or the clock, or the tenant) always has: answer, cancel, log out, time out.
        const exits: FlowEvent[] = [
          { type: 'enrollFailed', step: state.step, failure: { kind: 'card_already_assigned' } },
          { type: 'identifyFailed', step: state.step, failure: { kind: 'card_already_assigned' } },
        ];
        for (const exit of exits) state = transition(state, exit, f.config).state;
        for (const exit of [{ type: 'cancelled' }, { type: 'loggedOut' }] as const) {
          state = transition(state, exit, f.config).state;
        }
        expect(state.name).toBe('idle');
      }),
      { numRuns: 300 },
    );
  });
});
