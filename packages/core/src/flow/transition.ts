import type { EnrollResponse, Handover, HandoverStatus, IdentifyResponse } from '../api/contract';
import type { Failure } from '../api/failure';
import type { CardNumber } from '../card/card-number';
import type { Effect } from './effect';
import type { FlowEvent } from './event';
import type { FlowConfig } from './flow-config';
import type {
  CredentialsState,
  EnrollmentAttempt,
  HandoverState,
  IdentifyingState,
  PanelProblem,
  State,
  SubmittingState,
  TimedStateName,
} from './state';

/** The next state and the work to do to get there, as plain data. */
export interface Transition {
  readonly state: State;
  readonly effects: readonly Effect[];
}

type StateBody = State extends infer S ? (S extends State ? Omit<S, 'step' | 'expiring'> : never) : never;

const stay = (state: State): Transition => ({ state, effects: [] });

function isTimed(name: State['name']): name is TimedStateName {
  return (
    name === 'prompt' ||
    name === 'credentials' ||
    name === 'handover' ||
    name === 'failed' ||
    name === 'signedIn'
  );
}

/** Enters a state: a new step, and timers armed for screens that wait for a person, disarmed otherwise. */
function enter(
  from: State,
  body: StateBody,
  config: FlowConfig,
  effects: readonly Effect[] = [],
): Transition {
  const state = { ...body, step: from.step + 1, expiring: false } as State;
  const timer: Effect = isTimed(state.name)
    ? armFor(state.name, state.step, config)
    : { type: 'disarmTimeout' };
  return { state, effects: [timer, ...effects] };
}

function armFor(name: TimedStateName, step: number, config: FlowConfig): Effect {
  const expireAfterMs = config.timeouts[name];
  const warnAfterMs = Math.max(0, expireAfterMs - config.warningMs);
  return { type: 'armTimeout', step, warnAfterMs, expireAfterMs };
}

function identify(from: State, card: CardNumber, config: FlowConfig): Transition {
  const next = enter(from, { name: 'identifying', card }, config);
  return { state: next.state, effects: [...next.effects, { type: 'identify', step: next.state.step, card }] };
}

function toIdle(from: State, config: FlowConfig, effects: readonly Effect[] = []): Transition {
  return enter(from, { name: 'idle' }, config, effects);
}

function fail(
  from: State,
  problem: PanelProblem,
  config: FlowConfig,
  retryCard: CardNumber | null = null,
  resume: EnrollmentAttempt | null = null,
): Transition {
  return enter(from, { name: 'failed', problem, retryCard, resume }, config);
}

function attemptOf(state: CredentialsState | SubmittingState | HandoverState): EnrollmentAttempt {
  return {
    card: state.card,
    enrollment: state.enrollment,
    username: state.username,
    attempts: state.attempts,
  };
}

function credentials(from: State, attempt: EnrollmentAttempt, config: FlowConfig): Transition {
  return enter(
    from,
    { name: 'credentials', ...attempt, secret: '', notice: null, pendingIdempotencyKey: null },
    config,
  );
}

function signIn(from: State, response: EnrollResponse, enrolled: boolean, config: FlowConfig): Transition {
  const { user, session } = response;
  return enter(from, { name: 'signedIn', user, session, enrolled }, config, [
    { type: 'signIn', user, session },
  ]);
}

/** A card swipe: starts a flow from rest, restarts it for another card, and is ignored where noted. */
function onSwipe(state: State, card: CardNumber, config: FlowConfig): Transition {
  switch (state.name) {
    case 'idle':
    case 'failed':
      return identify(state, card, config);
    case 'identifying':
    case 'prompt':
    case 'credentials':
    case 'handover':
      return state.card === card ? stay(state) : identify(state, card, config);
    // Registration may already be under way, and a signed-in session belongs to its user.
    case 'submitting':
    case 'signedIn':
      return stay(state);
    default:
      return unreachable(state);
  }
}

function onIdentified(state: IdentifyingState, response: IdentifyResponse, config: FlowConfig): Transition {
  if (response.status === 'assigned') return signIn(state, response, false, config);
  const attempt = { card: state.card, enrollment: response.enrollment, username: '', attempts: 0 };
  return config.enrollmentPrompt
    ? enter(state, { name: 'prompt', card: state.card, enrollment: response.enrollment }, config)
    : credentials(state, attempt, config);
}

/** The problems both requests can meet that end the attempt. */
function problemOf(failure: Failure): PanelProblem {
  switch (failure.kind) {
    case 'account_locked':
      return failure.lockedUntil === undefined
        ? { kind: 'account_locked' }
        : { kind: 'account_locked', lockedUntil: failure.lockedUntil };
    case 'card_already_assigned':
    case 'card_limit_reached':
    case 'enrollment_disabled':
    case 'enrollment_expired':
      return { kind: failure.kind };
    case 'invalid_card_number':
      return { kind: 'unreadable_card' };
    case 'invalid_terminal':
      return { kind: 'terminal_rejected' };
    case 'invalid_credentials':
    case 'too_many_attempts':
    case 'invalid_request':
    // Only a hand-over poll can meet this one, and it has its own handling there.
    case 'handover_expired':
      return { kind: 'tenant_rejected' };
    case 'timeout':
    case 'network':
    case 'server':
    case 'malformed_response':
      return { kind: 'tenant_unreachable' };
    default:
      return unreachable(failure);
  }
}

function onIdentifyFailed(state: IdentifyingState, failure: Failure, config: FlowConfig): Transition {
  const problem = problemOf(failure);
  const canRetry = problem.kind === 'tenant_unreachable' || problem.kind === 'tenant_rejected';
  return fail(state, problem, config, canRetry ? state.card : null);
}

function onEnrollFailed(state: SubmittingState, failure: Failure, config: FlowConfig): Transition {
  const attempt = attemptOf(state);
  const back = (notice: CredentialsState['notice'], keep: boolean, attempts = attempt.attempts): Transition =>
    enter(
      state,
      {
        name: 'credentials',
        ...attempt,
        attempts,
        // Only a submit the tenant may not have seen keeps the secret, so Register card can repeat it.
        secret: keep ? state.secret : '',
        notice,
        pendingIdempotencyKey: keep ? state.idempotencyKey : null,
      },
      config,
    );
  switch (failure.kind) {
    case 'invalid_credentials':
      return back(
        failure.attemptsLeft === undefined
          ? { kind: 'invalid_credentials' }
          : { kind: 'invalid_credentials', attemptsLeft: failure.attemptsLeft },
        false,
        attempt.attempts + 1,
      );
    case 'too_many_attempts':
      return back(
        failure.retryAfterSeconds === undefined
          ? { kind: 'too_many_attempts' }
          : { kind: 'too_many_attempts', retryAfterSeconds: failure.retryAfterSeconds },
        false,
      );
    case 'timeout':
    case 'network':
    case 'server':
    case 'malformed_response':
      return back({ kind: 'unreachable' }, true);
    case 'enrollment_expired':
      return fail(state, problemOf(failure), config, state.card);
    case 'account_locked':
    case 'invalid_request':
    case 'handover_expired':
      return fail(state, problemOf(failure), config, null, attempt);
    case 'card_already_assigned':
    case 'card_limit_reached':
    case 'enrollment_disabled':
    case 'invalid_card_number':
    case 'invalid_terminal':
      return fail(state, problemOf(failure), config);
    default:
      return unreachable(failure);
  }
}

/** The poll interval the tenant asked for, kept between 1 and 30 s so a bad value cannot flood it or stall. */
function pollDelayMs(handover: Handover): number {
  return Math.min(30, Math.max(1, handover.interval)) * 1000;
}

function poll(state: HandoverState & { handover: Handover }): Effect {
  const { handoverId } = state.handover;
  return { type: 'pollHandover', step: state.step, handoverId, afterMs: pollDelayMs(state.handover) };
}

/** Shows the QR code and the short code, and starts polling. */
function onHandoverStarted(state: HandoverState, handover: Handover, config: FlowConfig): Transition {
  const next = enter(state, { ...withoutTimerFields(state), handover } as StateBody, config);
  const shown = next.state as HandoverState & { handover: Handover };
  return { state: shown, effects: [...next.effects, poll(shown)] };
}

function onHandoverStartFailed(state: HandoverState, failure: Failure, config: FlowConfig): Transition {
  const attempt = attemptOf(state);
  switch (failure.kind) {
    case 'enrollment_expired':
      return fail(state, problemOf(failure), config, state.card);
    case 'card_already_assigned':
    case 'card_limit_reached':
    case 'enrollment_disabled':
    case 'invalid_card_number':
    case 'invalid_terminal':
      return fail(state, problemOf(failure), config);
    // Nothing was opened, or nothing the panel can use: Back leads to the password fields.
    default:
      return fail(state, problemOf(failure), config, null, attempt);
  }
}

function onHandoverPolled(
  state: HandoverState & { handover: Handover },
  status: HandoverStatus,
  config: FlowConfig,
): Transition {
  switch (status.status) {
    case 'pending':
      // Not activity: the same step, so the screen's timeout keeps running.
      return { state, effects: [poll(state)] };
    case 'denied':
      return fail(state, { kind: 'handover_denied' }, config, null, attemptOf(state));
    case 'confirmed':
      return signIn(state, status, true, config);
    default:
      return unreachable(status);
  }
}

function onHandoverPollFailed(
  state: HandoverState & { handover: Handover },
  failure: Failure,
  config: FlowConfig,
): Transition {
  switch (failure.kind) {
    case 'server':
      // A 4xx this panel does not know (a tenant's 404 not_found): the hand-over is gone, not slow.
      if (failure.status !== undefined && failure.status < 500)
        return fail(state, { kind: 'handover_expired' }, config, state.card);
      return { state, effects: [poll(state)] };
    case 'timeout':
    case 'network':
    case 'malformed_response':
      // The hand-over lives on at the tenant and the person may be confirming right now: keep asking.
      return { state, effects: [poll(state)] };
    case 'handover_expired':
    case 'enrollment_expired':
      // The enrollment ticket runs out with the hand-over, so only a fresh start helps.
      return fail(state, { kind: failure.kind }, config, state.card);
    default:
      return onHandoverStartFailed(state, failure, config);
  }
}

/** The hand-over whose answer this is, once it shows its code; null for a stale or misplaced answer. */
function shownHandover(state: State, step: number): (HandoverState & { handover: Handover }) | null {
  return state.name === 'handover' && state.handover !== null && state.step === step
    ? (state as HandoverState & { handover: Handover })
    : null;
}

function onMoreTime(state: State, config: FlowConfig): Transition {
  const next = enter(state, withoutTimerFields(state), config);
  // The new step calls the running poll off; the hand-over goes on being polled under the new one.
  const shown = shownHandover(next.state, next.state.step);
  return shown ? { state: shown, effects: [...next.effects, poll(shown)] } : next;
}

function onSubmit(state: CredentialsState, freshKey: string, config: FlowConfig): Transition {
  const username = state.username.trim();
  if (username === '' || state.secret === '') return stay(state);
  const idempotencyKey = state.pendingIdempotencyKey ?? freshKey;
  const next = enter(
    state,
    { name: 'submitting', ...attemptOf(state), username, secret: state.secret, idempotencyKey },
    config,
  );
  const request = { enrollmentToken: state.enrollment.token, username, secret: state.secret };
  return {
    state: next.state,
    effects: [...next.effects, { type: 'enroll', step: next.state.step, request, idempotencyKey }],
  };
}

/** Leaves the password fields (the secret typed so far is dropped) and asks the tenant for a hand-over. */
function chooseHandover(state: CredentialsState, config: FlowConfig): Transition {
  const next = enter(state, { name: 'handover', ...attemptOf(state), handover: null }, config);
  const start: Effect = {
    type: 'startHandover',
    step: next.state.step,
    enrollmentToken: state.enrollment.token,
  };
  return { state: next.state, effects: [...next.effects, start] };
}

/** Typing is activity: it restarts the inactivity timer and forgets a retry key for other credentials. */
function onTyping(
  state: CredentialsState,
  change: Partial<Pick<CredentialsState, 'username' | 'secret'>>,
  config: FlowConfig,
): Transition {
  const edited = { ...state, ...change };
  if (edited.username === state.username && edited.secret === state.secret) return stay(state);
  return enter(state, { ...edited, pendingIdempotencyKey: null }, config);
}

/**
 * The enrollment flow: what happens at the panel for each event, as data. Pure: no DOM, network or
 * clock; the controller runs the returned effects and feeds their results back as events.
 */
export function transition(state: State, event: FlowEvent, config: FlowConfig): Transition {
  switch (event.type) {
    case 'swiped':
      return onSwipe(state, event.card, config);
    case 'unreadableSwipe':
      // Mid-flow a bad read is noise; it must not throw away what the person typed.
      return state.name === 'idle' || state.name === 'failed'
        ? fail(state, { kind: 'unreadable_card' }, config)
        : stay(state);
    case 'identified':
      return state.name === 'identifying' && state.step === event.step
        ? onIdentified(state, event.response, config)
        : stay(state);
    case 'identifyFailed':
      return state.name === 'identifying' && state.step === event.step
        ? onIdentifyFailed(state, event.failure, config)
        : stay(state);
    case 'enrolled':
      return state.name === 'submitting' && state.step === event.step
        ? signIn(state, event.response, true, config)
        : stay(state);
    case 'enrollFailed':
      return state.name === 'submitting' && state.step === event.step
        ? onEnrollFailed(state, event.failure, config)
        : stay(state);
    case 'handoverStarted':
      return state.name === 'handover' && state.handover === null && state.step === event.step
        ? onHandoverStarted(state, event.handover, config)
        : stay(state);
    case 'handoverStartFailed':
      return state.name === 'handover' && state.handover === null && state.step === event.step
        ? onHandoverStartFailed(state, event.failure, config)
        : stay(state);
    case 'handoverPolled': {
      const shown = shownHandover(state, event.step);
      return shown ? onHandoverPolled(shown, event.status, config) : stay(state);
    }
    case 'handoverPollFailed': {
      const shown = shownHandover(state, event.step);
      return shown ? onHandoverPollFailed(shown, event.failure, config) : stay(state);
    }
    case 'enrollmentChosen':
      return state.name === 'prompt'
        ? credentials(
            state,
            { card: state.card, enrollment: state.enrollment, username: '', attempts: 0 },
            config,
          )
        : stay(state);
    case 'usernameChanged':
      return state.name === 'credentials' ? onTyping(state, { username: event.value }, config) : stay(state);
    case 'secretChanged':
      return state.name === 'credentials' ? onTyping(state, { secret: event.value }, config) : stay(state);
    case 'submitted':
      return state.name === 'credentials' ? onSubmit(state, event.idempotencyKey, config) : stay(state);
    case 'handoverChosen':
      return state.name === 'credentials' && config.phoneHandover
        ? chooseHandover(state, config)
        : stay(state);
    case 'cancelled':
      return state.name === 'identifying' ||
        state.name === 'prompt' ||
        state.name === 'credentials' ||
        state.name === 'handover' ||
        state.name === 'failed'
        ? toIdle(state, config)
        : stay(state);
    case 'retried':
      return state.name === 'failed' && state.retryCard !== null
        ? identify(state, state.retryCard, config)
        : stay(state);
    case 'wentBack':
      if (state.name === 'handover') return credentials(state, attemptOf(state), config);
      return state.name === 'failed' && state.resume !== null
        ? credentials(state, state.resume, config)
        : stay(state);
    case 'moreTimeRequested':
      return isTimed(state.name) ? onMoreTime(state, config) : stay(state);
    case 'loggedOut':
      return state.name === 'signedIn' ? toIdle(state, config, [{ type: 'signOut' }]) : stay(state);
    case 'hostSessionEnded':
      return state.name === 'signedIn' ? toIdle(state, config) : stay(state);
    case 'timeoutWarned':
      return isTimed(state.name) && state.step === event.step
        ? stay({ ...state, expiring: true })
        : stay(state);
    case 'timedOut':
      if (!isTimed(state.name) || state.step !== event.step) return stay(state);
      return toIdle(state, config, state.name === 'signedIn' ? [{ type: 'signOut' }] : []);
    default:
      return unreachable(event);
  }
}

function withoutTimerFields(state: State): StateBody {
  const { step: _step, expiring: _expiring, ...body } = state;
  return body as StateBody;
}

/** A compile-time check that every case is handled: a new state, event or failure fails the build here. */
function unreachable(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
