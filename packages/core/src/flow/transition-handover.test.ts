import { describe, expect, it } from 'vitest';
import type { Failure } from '../api/failure';
import type { Effect } from './effect';
import * as f from './flow.fixture';
import { transition } from './transition';
import { arm, disarm, expectRow, next, type Row, step } from './transition-table.fixture';

const poll = (at: number): Effect => ({ type: 'pollHandover', step: at, handoverId: 'ho-1', afterMs: 2000 });
const { card, enrollment, username, attempts } = f.attempt;
const backToCredentials = {
  name: 'credentials',
  card,
  enrollment,
  username,
  attempts,
  secret: '',
  notice: null,
  pendingIdempotencyKey: null,
  ...next,
} as const;

/** Each row: a state, an event, the exact next state and effects. */
const rows: Record<string, Row> = {
  'credentials + Use your phone → hand-over starting, the secret dropped, asks the tenant': {
    from: f.credentials,
    event: { type: 'handoverChosen' },
    to: { name: 'handover', ...f.attempt, handover: null, ...next },
    effects: [arm('handover'), { type: 'startHandover', step: step + 1, enrollmentToken: f.ticket.token }],
  },
  'starting + started → shows the codes and polls after the interval': {
    from: f.handoverStarting,
    event: { type: 'handoverStarted', step, handover: f.handover },
    to: { ...f.handoverShown, ...next },
    effects: [arm('handover'), poll(step + 1)],
  },
  'starting + an answer for an older step → ignored': {
    from: f.handoverStarting,
    event: { type: 'handoverStarted', step: step - 1, handover: f.handover },
    to: f.handoverStarting,
    effects: [],
  },
  'starting + the tenant unreachable → problem, Back to the password fields': {
    from: f.handoverStarting,
    event: { type: 'handoverStartFailed', step, failure: { kind: 'network' } },
    to: {
      name: 'failed',
      problem: { kind: 'tenant_unreachable' },
      retryCard: null,
      resume: f.attempt,
      ...next,
    },
    effects: [arm('failed')],
  },
  'starting + the ticket expired → problem, Start again': {
    from: f.handoverStarting,
    event: { type: 'handoverStartFailed', step, failure: { kind: 'enrollment_expired' } },
    to: { name: 'failed', problem: { kind: 'enrollment_expired' }, retryCard: card, resume: null, ...next },
    effects: [arm('failed')],
  },
  'starting + card already assigned → problem, no way back into this enrollment': {
    from: f.handoverStarting,
    event: { type: 'handoverStartFailed', step, failure: { kind: 'card_already_assigned' } },
    to: {
      name: 'failed',
      problem: { kind: 'card_already_assigned' },
      retryCard: null,
      resume: null,
      ...next,
    },
    effects: [arm('failed')],
  },
  'showing + pending → the same state and step, polls again': {
    from: f.handoverShown,
    event: { type: 'handoverPolled', step, status: { status: 'pending' } },
    to: f.handoverShown,
    effects: [poll(step)],
  },
  'showing + a transient poll failure → keeps polling': {
    from: f.handoverShown,
    event: { type: 'handoverPollFailed', step, failure: { kind: 'timeout' } },
    to: f.handoverShown,
    effects: [poll(step)],
  },
  'showing + a 503 → keeps polling': {
    from: f.handoverShown,
    event: { type: 'handoverPollFailed', step, failure: { kind: 'server', status: 503 } },
    to: f.handoverShown,
    effects: [poll(step)],
  },
  'showing + a 404 the panel does not know → the hand-over is gone, Start again': {
    from: f.handoverShown,
    event: { type: 'handoverPollFailed', step, failure: { kind: 'server', status: 404 } },
    to: { name: 'failed', problem: { kind: 'handover_expired' }, retryCard: card, resume: null, ...next },
    effects: [arm('failed')],
  },
  'showing + confirmed → signed in exactly like an enroll, host signs in': {
    from: f.handoverShown,
    event: { type: 'handoverPolled', step, status: { status: 'confirmed', ...f.enrolledResponse } },
    to: { name: 'signedIn', user: f.alice, session: f.session, enrolled: true, ...next },
    effects: [arm('signedIn'), { type: 'signIn', user: f.alice, session: f.session }],
  },
  'showing + denied → problem, Back to the password fields': {
    from: f.handoverShown,
    event: { type: 'handoverPolled', step, status: { status: 'denied' } },
    to: { name: 'failed', problem: { kind: 'handover_denied' }, retryCard: null, resume: f.attempt, ...next },
    effects: [arm('failed')],
  },
  'showing + expired → problem, Start again with the same card': {
    from: f.handoverShown,
    event: { type: 'handoverPollFailed', step, failure: { kind: 'handover_expired' } },
    to: { name: 'failed', problem: { kind: 'handover_expired' }, retryCard: card, resume: null, ...next },
    effects: [arm('failed')],
  },
  'showing + a poll answer for an older step → ignored, no new poll': {
    from: f.handoverShown,
    event: { type: 'handoverPolled', step: step - 1, status: { status: 'confirmed', ...f.enrolledResponse } },
    to: f.handoverShown,
    effects: [],
  },
  'starting + a poll answer → ignored': {
    from: f.handoverStarting,
    event: { type: 'handoverPolled', step, status: { status: 'pending' } },
    to: f.handoverStarting,
    effects: [],
  },
  'showing + Cancel → idle; the new step calls the poll off': {
    from: f.handoverShown,
    event: { type: 'cancelled' },
    to: { name: 'idle', ...next },
    effects: [disarm],
  },
  'showing + Back → the password fields, username kept': {
    from: f.handoverShown,
    event: { type: 'wentBack' },
    to: backToCredentials,
    effects: [arm('credentials')],
  },
  'showing + another card → identifies that card': {
    from: f.handoverShown,
    event: { type: 'swiped', card: f.otherCard },
    to: { name: 'identifying', card: f.otherCard, ...next },
    effects: [disarm, { type: 'identify', step: step + 1, card: f.otherCard }],
  },
  'showing + the same card → ignored': {
    from: f.handoverShown,
    event: { type: 'swiped', card },
    to: f.handoverShown,
    effects: [],
  },
  'showing + More time → a new step, re-armed, and polling goes on under it': {
    from: { ...f.handoverShown, expiring: true },
    event: { type: 'moreTimeRequested' },
    to: { ...f.handoverShown, ...next },
    effects: [arm('handover'), poll(step + 1)],
  },
  'starting + More time → re-armed, nothing to poll yet': {
    from: { ...f.handoverStarting, expiring: true },
    event: { type: 'moreTimeRequested' },
    to: { ...f.handoverStarting, ...next },
    effects: [arm('handover')],
  },
  'showing + timed out → idle': {
    from: f.handoverShown,
    event: { type: 'timedOut', step },
    to: { name: 'idle', ...next },
    effects: [disarm],
  },
  'showing + an unreadable swipe → ignored': {
    from: f.handoverShown,
    event: { type: 'unreadableSwipe' },
    to: f.handoverShown,
    effects: [],
  },
  'prompt + Use your phone → ignored: only the credentials screen offers it': {
    from: f.prompt,
    event: { type: 'handoverChosen' },
    to: f.prompt,
    effects: [],
  },
};

describe('transition, phone hand-over', () => {
  it.each(Object.entries(rows))('%s', (_name, row) => expectRow(row));

  it('offers nothing when the terminal config leaves the hand-over off', () => {
    const result = transition(
      f.credentials,
      { type: 'handoverChosen' },
      { ...f.config, phoneHandover: false },
    );
    expect(result).toEqual({ state: f.credentials, effects: [] });
  });

  it.each<[number, number]>([
    [0.01, 1000],
    [5, 5000],
    [600, 30_000],
  ])('polls a tenant asking for %s s every %s ms', (interval, afterMs) => {
    const result = transition(
      f.handoverStarting,
      { type: 'handoverStarted', step, handover: { ...f.handover, interval } },
      f.config,
    );
    expect(result.effects).toContainEqual({
      type: 'pollHandover',
      step: step + 1,
      handoverId: 'ho-1',
      afterMs,
    });
  });

  it.each<[Failure, string, boolean]>([
    [{ kind: 'enrollment_disabled' }, 'enrollment_disabled', false],
    [{ kind: 'invalid_terminal' }, 'terminal_rejected', false],
    [{ kind: 'invalid_request' }, 'tenant_rejected', true],
    [{ kind: 'enrollment_expired' }, 'enrollment_expired', false],
  ])('a poll failing with %j ends on the %s screen', (failure, problem, canGoBack) => {
    const result = transition(f.handoverShown, { type: 'handoverPollFailed', step, failure }, f.config);
    expect(result.state).toMatchObject({ name: 'failed', problem: { kind: problem } });
    expect(result.state.name === 'failed' && result.state.resume !== null).toBe(canGoBack);
    expect(result.effects.some((e) => e.type === 'pollHandover')).toBe(false);
  });

  it('leaves the password typed so far behind', () => {
    const result = transition(f.credentials, { type: 'handoverChosen' }, f.config);
    expect(JSON.stringify(result)).not.toContain(f.credentials.secret);
  });
});
