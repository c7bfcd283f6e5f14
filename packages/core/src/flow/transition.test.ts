import { describe, expect, it } from 'vitest';
import type { Failure } from '../api/failure';
import * as f from './flow.fixture';
import { transition } from './transition';
import { arm, disarm, expectRow, next, type Row, step } from './transition-table.fixture';

/** Each row: a state, an event, the exact next state and effects. */
const rows: Record<string, Row> = {
  'idle + swipe → identifying, asks the tenant': {
    from: f.idle,
    event: { type: 'swiped', card: f.card },
    to: { name: 'identifying', card: f.card, ...next },
    effects: [disarm, { type: 'identify', step: step + 1, card: f.card }],
  },
  'idle + unreadable swipe → unreadable card': {
    from: f.idle,
    event: { type: 'unreadableSwipe' },
    to: { name: 'failed', problem: { kind: 'unreadable_card' }, retryCard: null, resume: null, ...next },
    effects: [arm('failed')],
  },
  'identifying + same card → ignored': {
    from: f.identifying,
    event: { type: 'swiped', card: f.card },
    to: f.identifying,
    effects: [],
  },
  'identifying + other card → identifies the other card': {
    from: f.identifying,
    event: { type: 'swiped', card: f.otherCard },
    to: { name: 'identifying', card: f.otherCard, ...next },
    effects: [disarm, { type: 'identify', step: step + 1, card: f.otherCard }],
  },
  'identifying + assigned → signed in, host signs in': {
    from: f.identifying,
    event: { type: 'identified', step, response: f.assigned },
    to: { name: 'signedIn', user: f.alice, session: f.session, enrolled: false, ...next },
    effects: [arm('signedIn'), { type: 'signIn', user: f.alice, session: f.session }],
  },
  'identifying + unassigned → the Enrollment prompt': {
    from: f.identifying,
    event: { type: 'identified', step, response: f.unassigned },
    to: { name: 'prompt', card: f.card, enrollment: f.ticket, ...next },
    effects: [arm('prompt')],
  },
  'identifying + an answer for an older step → ignored': {
    from: f.identifying,
    event: { type: 'identified', step: step - 1, response: f.assigned },
    to: f.identifying,
    effects: [],
  },
  'identifying + unreachable → failure with Retry': {
    from: f.identifying,
    event: { type: 'identifyFailed', step, failure: { kind: 'network' } },
    to: { ...f.failedUnreachable, ...next },
    effects: [arm('failed')],
  },
  'identifying + enrollment disabled → failure without Retry': {
    from: f.identifying,
    event: { type: 'identifyFailed', step, failure: { kind: 'enrollment_disabled' } },
    to: { name: 'failed', problem: { kind: 'enrollment_disabled' }, retryCard: null, resume: null, ...next },
    effects: [arm('failed')],
  },
  'identifying + invalid card number → unreadable card': {
    from: f.identifying,
    event: { type: 'identifyFailed', step, failure: { kind: 'invalid_card_number' } },
    to: { name: 'failed', problem: { kind: 'unreadable_card' }, retryCard: null, resume: null, ...next },
    effects: [arm('failed')],
  },
  'identifying + bad terminal key → terminal rejected': {
    from: f.identifying,
    event: { type: 'identifyFailed', step, failure: { kind: 'invalid_terminal' } },
    to: { name: 'failed', problem: { kind: 'terminal_rejected' }, retryCard: null, resume: null, ...next },
    effects: [arm('failed')],
  },
  'identifying + cancel → idle': {
    from: f.identifying,
    event: { type: 'cancelled' },
    to: { name: 'idle', ...next },
    effects: [disarm],
  },
  'prompt + Enrollment → empty credentials': {
    from: f.prompt,
    event: { type: 'enrollmentChosen' },
    to: {
      name: 'credentials',
      card: f.card,
      enrollment: f.ticket,
      username: '',
      attempts: 0,
      secret: '',
      notice: null,
      pendingIdempotencyKey: null,
      ...next,
    },
    effects: [arm('credentials')],
  },
  'prompt + Cancel → idle': {
    from: f.prompt,
    event: { type: 'cancelled' },
    to: { name: 'idle', ...next },
    effects: [disarm],
  },
  'prompt + same card → ignored': {
    from: f.prompt,
    event: { type: 'swiped', card: f.card },
    to: f.prompt,
    effects: [],
  },
  'prompt + unreadable swipe → ignored': {
    from: f.prompt,
    event: { type: 'unreadableSwipe' },
    to: f.prompt,
    effects: [],
  },
  'credentials + typing the username → re-armed, value kept': {
    from: f.credentials,
    event: { type: 'usernameChanged', value: 'bob' },
    to: { ...f.credentials, username: 'bob', ...next },
    effects: [arm('credentials')],
  },
  'credentials + typing the same value → nothing': {
    from: f.credentials,
    event: { type: 'secretChanged', value: f.credentials.secret },
    to: f.credentials,
    effects: [],
  },
  'credentials + Register card → submitting with the fresh key': {
    from: { ...f.credentials, username: '  alice ' },
    event: { type: 'submitted', idempotencyKey: 'fresh' },
    to: { ...f.submitting, idempotencyKey: 'fresh', ...next },
    effects: [
      disarm,
      {
        type: 'enroll',
        step: step + 1,
        request: { enrollmentToken: f.ticket.token, username: 'alice', secret: 'hunter2' },
        idempotencyKey: 'fresh',
      },
    ],
  },
  'credentials after an unanswered submit + Register card → reuses that key': {
    from: { ...f.credentials, pendingIdempotencyKey: 'key-1' },
    event: { type: 'submitted', idempotencyKey: 'fresh' },
    to: { ...f.submitting, idempotencyKey: 'key-1', ...next },
    effects: [
      disarm,
      {
        type: 'enroll',
        step: step + 1,
        request: { enrollmentToken: f.ticket.token, username: 'alice', secret: 'hunter2' },
        idempotencyKey: 'key-1',
      },
    ],
  },
  'credentials after an unanswered submit + new secret → the old key is forgotten': {
    from: { ...f.credentials, pendingIdempotencyKey: 'key-1' },
    event: { type: 'secretChanged', value: 'other' },
    to: { ...f.credentials, secret: 'other', pendingIdempotencyKey: null, ...next },
    effects: [arm('credentials')],
  },
  'credentials without a secret + Register card → nothing': {
    from: { ...f.credentials, secret: '' },
    event: { type: 'submitted', idempotencyKey: 'fresh' },
    to: { ...f.credentials, secret: '' },
    effects: [],
  },
  'credentials + Cancel → idle, secret gone': {
    from: f.credentials,
    event: { type: 'cancelled' },
    to: { name: 'idle', ...next },
    effects: [disarm],
  },
  'credentials + other card → identifies it, secret gone': {
    from: f.credentials,
    event: { type: 'swiped', card: f.otherCard },
    to: { name: 'identifying', card: f.otherCard, ...next },
    effects: [disarm, { type: 'identify', step: step + 1, card: f.otherCard }],
  },
  'submitting + enrolled → signed in as newly enrolled': {
    from: f.submitting,
    event: { type: 'enrolled', step, response: f.enrolledResponse },
    to: { name: 'signedIn', user: f.alice, session: f.session, enrolled: true, ...next },
    effects: [arm('signedIn'), { type: 'signIn', user: f.alice, session: f.session }],
  },
  'submitting + other card → ignored': {
    from: f.submitting,
    event: { type: 'swiped', card: f.otherCard },
    to: f.submitting,
    effects: [],
  },
  'submitting + Cancel → ignored, the registration may be under way': {
    from: f.submitting,
    event: { type: 'cancelled' },
    to: f.submitting,
    effects: [],
  },
  'submitting + wrong credentials → credentials, secret cleared, attempt counted': {
    from: f.submitting,
    event: { type: 'enrollFailed', step, failure: { kind: 'invalid_credentials', attemptsLeft: 3 } },
    to: {
      ...f.credentials,
      secret: '',
      attempts: 2,
      notice: { kind: 'invalid_credentials', attemptsLeft: 3 },
      ...next,
    },
    effects: [arm('credentials')],
  },
  'submitting + too many attempts → credentials with the wait, secret cleared': {
    from: f.submitting,
    event: { type: 'enrollFailed', step, failure: { kind: 'too_many_attempts', retryAfterSeconds: 30 } },
    to: {
      ...f.credentials,
      secret: '',
      notice: { kind: 'too_many_attempts', retryAfterSeconds: 30 },
      ...next,
    },
    effects: [arm('credentials')],
  },
  'submitting + timeout → credentials keeping secret and key for a safe retry': {
    from: f.submitting,
    event: { type: 'enrollFailed', step, failure: { kind: 'timeout' } },
    to: { ...f.credentials, notice: { kind: 'unreachable' }, pendingIdempotencyKey: 'key-1', ...next },
    effects: [arm('credentials')],
  },
  'submitting + account locked → failure with Back to credentials': {
    from: f.submitting,
    event: {
      type: 'enrollFailed',
      step,
      failure: { kind: 'account_locked', lockedUntil: '2026-11-25T12:15:00Z' },
    },
    to: {
      name: 'failed',
      problem: { kind: 'account_locked', lockedUntil: '2026-11-25T12:15:00Z' },
      retryCard: null,
      resume: f.attempt,
      ...next,
    },
    effects: [arm('failed')],
  },
  'submitting + card already assigned → failure, no way but out': {
    from: f.submitting,
    event: { type: 'enrollFailed', step, failure: { kind: 'card_already_assigned' } },
    to: {
      name: 'failed',
      problem: { kind: 'card_already_assigned' },
      retryCard: null,
      resume: null,
      ...next,
    },
    effects: [arm('failed')],
  },
  'submitting + card limit reached → failure, no way but out (a card must be removed in the portal)': {
    from: f.submitting,
    event: { type: 'enrollFailed', step, failure: { kind: 'card_limit_reached' } },
    to: {
      name: 'failed',
      problem: { kind: 'card_limit_reached' },
      retryCard: null,
      resume: null,
      ...next,
    },
    effects: [arm('failed')],
  },
  'submitting + enrollment expired → failure with Start again for the card': {
    from: f.submitting,
    event: { type: 'enrollFailed', step, failure: { kind: 'enrollment_expired' } },
    to: { name: 'failed', problem: { kind: 'enrollment_expired' }, retryCard: f.card, resume: null, ...next },
    effects: [arm('failed')],
  },
  'submitting + an answer for an older step → ignored': {
    from: f.submitting,
    event: { type: 'enrolled', step: step + 3, response: f.enrolledResponse },
    to: f.submitting,
    effects: [],
  },
  'failed + Retry → identifies the card again': {
    from: f.failedUnreachable,
    event: { type: 'retried' },
    to: { name: 'identifying', card: f.card, ...next },
    effects: [disarm, { type: 'identify', step: step + 1, card: f.card }],
  },
  'failed without a card + Retry → nothing': {
    from: f.failedLocked,
    event: { type: 'retried' },
    to: f.failedLocked,
    effects: [],
  },
  'failed (locked) + Back → credentials, secret empty': {
    from: f.failedLocked,
    event: { type: 'wentBack' },
    to: { ...f.credentials, secret: '', ...next },
    effects: [arm('credentials')],
  },
  'failed + any swipe → identifies it': {
    from: f.failedLocked,
    event: { type: 'swiped', card: f.card },
    to: { name: 'identifying', card: f.card, ...next },
    effects: [disarm, { type: 'identify', step: step + 1, card: f.card }],
  },
  'failed + OK → idle': {
    from: f.failedUnreachable,
    event: { type: 'cancelled' },
    to: { name: 'idle', ...next },
    effects: [disarm],
  },
  'signed in + Log out → idle, host signs out': {
    from: f.signedIn,
    event: { type: 'loggedOut' },
    to: { name: 'idle', ...next },
    effects: [disarm, { type: 'signOut' }],
  },
  'signed in + host session ended → idle without signing out again': {
    from: f.signedIn,
    event: { type: 'hostSessionEnded' },
    to: { name: 'idle', ...next },
    effects: [disarm],
  },
  'signed in + another card → ignored': {
    from: f.signedIn,
    event: { type: 'swiped', card: f.otherCard },
    to: f.signedIn,
    effects: [],
  },
  'credentials + warning timer → expiring': {
    from: f.credentials,
    event: { type: 'timeoutWarned', step },
    to: { ...f.credentials, expiring: true },
    effects: [],
  },
  'credentials + More time → re-armed, warning gone, secret kept': {
    from: { ...f.credentials, expiring: true },
    event: { type: 'moreTimeRequested' },
    to: { ...f.credentials, ...next },
    effects: [arm('credentials')],
  },
  'credentials + timeout → idle, secret gone': {
    from: f.credentials,
    event: { type: 'timedOut', step },
    to: { name: 'idle', ...next },
    effects: [disarm],
  },
  'credentials + a timer of an older step → ignored': {
    from: f.credentials,
    event: { type: 'timedOut', step: step - 1 },
    to: f.credentials,
    effects: [],
  },
  'signed in + timeout → idle, host signs out': {
    from: f.signedIn,
    event: { type: 'timedOut', step },
    to: { name: 'idle', ...next },
    effects: [disarm, { type: 'signOut' }],
  },
  'idle + timer → ignored (idle has none)': {
    from: f.idle,
    event: { type: 'timedOut', step },
    to: f.idle,
    effects: [],
  },
  'prompt + timeout → idle': {
    from: f.prompt,
    event: { type: 'timedOut', step },
    to: { name: 'idle', ...next },
    effects: [disarm],
  },
};

describe('transition', () => {
  it.each(Object.entries(rows))('%s', (_name, row) => expectRow(row));

  it('goes straight to credentials when the tenant turns the prompt off', () => {
    const result = transition(
      f.identifying,
      { type: 'identified', step, response: f.unassigned },
      { ...f.config, enrollmentPrompt: false },
    );
    expect(result.state).toMatchObject({ name: 'credentials', card: f.card, username: '', secret: '' });
  });

  it.each<[Failure, string]>([
    [{ kind: 'timeout' }, 'tenant_unreachable'],
    [{ kind: 'server', status: 503 }, 'tenant_unreachable'],
    [{ kind: 'malformed_response' }, 'tenant_unreachable'],
    [{ kind: 'invalid_request' }, 'tenant_rejected'],
  ])('identify failing with %j shows %s and offers Retry', (failure, problem) => {
    const result = transition(f.identifying, { type: 'identifyFailed', step, failure }, f.config);
    expect(result.state).toMatchObject({ name: 'failed', problem: { kind: problem }, retryCard: f.card });
  });

  it.each<[Failure]>([
    [{ kind: 'network' }],
    [{ kind: 'server', status: 502 }],
    [{ kind: 'malformed_response' }],
  ])('enroll failing with %j keeps the secret and key so Register card retries safely', (failure) => {
    const result = transition(f.submitting, { type: 'enrollFailed', step, failure }, f.config);
    expect(result.state).toMatchObject({
      name: 'credentials',
      secret: 'hunter2',
      pendingIdempotencyKey: 'key-1',
      notice: { kind: 'unreachable' },
    });
  });

  it.each<[Failure, string]>([
    [{ kind: 'enrollment_disabled' }, 'enrollment_disabled'],
    [{ kind: 'invalid_card_number' }, 'unreadable_card'],
    [{ kind: 'invalid_terminal' }, 'terminal_rejected'],
    [{ kind: 'invalid_request' }, 'tenant_rejected'],
  ])('enroll failing with %j ends on the %s screen without the secret', (failure, problem) => {
    const result = transition(f.submitting, { type: 'enrollFailed', step, failure }, f.config);
    expect(result.state).toMatchObject({ name: 'failed', problem: { kind: problem } });
    expect(JSON.stringify(result.state)).not.toContain('hunter2');
  });

  it('never warns before zero when the warning is longer than the timeout', () => {
    const result = transition(f.prompt, { type: 'moreTimeRequested' }, { ...f.config, warningMs: 99_999 });
    expect(result.effects).toContainEqual({
      type: 'armTimeout',
      step: step + 1,
      warnAfterMs: 0,
      expireAfterMs: 30_000,
    });
  });
});
