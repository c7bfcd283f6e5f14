import { batch, computed, type ReadonlySignal, signal } from '@preact/signals-core';
import type { Failure } from '../api/failure';
import { normalizeRead, type ReadConverter, type SwipeDiagnosis } from '../card/card-read';
import type { CardSource } from '../card/card-source';
import { DEFAULT_BUSY_SCREEN_DELAY_MS, delayBusyScreens } from './busy-screen-delay';
import type { Effect } from './effect';
import type { FlowEvent } from './event';
import type { FlowConfig } from './flow-config';
import { type Clock, type PanelHost, systemClock, type TenantPort } from './ports';
import { initialState, type State } from './state';
import { transition } from './transition';

export interface EnrollmentModelOptions {
  readonly config: FlowConfig;
  readonly tenant: TenantPort;
  readonly host: PanelHost;
  /** Maps whatever a tenant call threw to the Failure the flow understands. */
  readonly toFailure: (error: unknown) => Failure;
  readonly clock?: Clock;
  readonly newIdempotencyKey?: () => string;
  /** The tenant's conversion from a read to a card number; plain normalization when absent. */
  readonly convertRead?: ReadConverter;
  /** How long checking or registering a card keeps the screen before it up. Default 300 ms; 0 shows it at once. */
  readonly busyScreenDelayMs?: number;
}

/** The enrollment flow as signals and actions: the panel reads `shown` (and `state`) and calls actions, nothing else. */
export interface EnrollmentModel {
  readonly state: ReadonlySignal<State>;
  /** The state whose screen the panel shows: `state`, but a tenant answer within a short delay skips the busy screen. */
  readonly shown: ReadonlySignal<State>;
  /** The secret typed so far is entered; true while Register card can be pressed. */
  readonly canSubmit: ReadonlySignal<boolean>;
  /** The last swipe's read and what it converted to, for the installer's diagnostic view. */
  readonly lastSwipe: ReadonlySignal<SwipeDiagnosis | null>;
  swipe(read: string): void;
  /** Replaces the conversion from read to card number, e.g. when an installer tries another chain. */
  setConverter(convert: ReadConverter): void;
  chooseEnrollment(): void;
  setUsername(value: string): void;
  setSecret(value: string): void;
  submit(): void;
  /** Use your phone: only on the credentials screen, and only where the terminal's config allows it. */
  useHandover(): void;
  cancel(): void;
  retry(): void;
  goBack(): void;
  moreTime(): void;
  logOut(): void;
  /** Arms a card source; its swipes drive the flow until the returned function is called. */
  connect(source: CardSource): () => void;
  dispose(): void;
}

/**
 * Wraps the pure transition function: keeps the state in a signal, runs effects (tenant calls, timers,
 * host sign-in) and feeds their results back as events. Answers for a step the flow has left are dropped.
 */
export function createEnrollmentModel(options: EnrollmentModelOptions): EnrollmentModel {
  const { config, tenant, host, toFailure } = options;
  const clock = options.clock ?? systemClock;
  const newKey = options.newIdempotencyKey ?? (() => globalThis.crypto.randomUUID());
  const state = signal<State>(initialState);
  const lastSwipe = signal<SwipeDiagnosis | null>(null);
  const screen = delayBusyScreens(state, clock, options.busyScreenDelayMs ?? DEFAULT_BUSY_SCREEN_DELAY_MS);
  let convertRead = options.convertRead ?? normalizeRead;
  let timers: unknown[] = [];
  let inFlight: AbortController | null = null;
  let pollTimer: unknown = null;
  let disposed = false;

  function send(event: FlowEvent): void {
    if (disposed) return;
    const result = transition(state.value, event, config);
    // A hand-over still pending keeps its state and only asks for the next poll.
    if (result.state === state.value && result.effects.length === 0) return;
    // A request or a poll belongs to the step that made it; once the flow moves on, nobody waits for it.
    if (result.state.step !== state.value.step) {
      inFlight?.abort();
      inFlight = null;
      stopPolling();
    }
    // One batch, so the screen re-renders only after the effects ran: a tenant request is then on its way
    // before the panel spends its slow CPU on rendering.
    batch(() => {
      state.value = result.state;
      for (const effect of result.effects) run(effect);
    });
  }

  function stopPolling(): void {
    if (pollTimer !== null) clock.clearTimeout(pollTimer);
    pollTimer = null;
  }

  function clearTimers(): void {
    for (const handle of timers) clock.clearTimeout(handle);
    timers = [];
  }

  function request<T>(
    call: (signal: AbortSignal) => Promise<T>,
    done: (value: T) => FlowEvent,
    failed: (failure: Failure) => FlowEvent,
  ): void {
    const controller = new AbortController();
    inFlight = controller;
    call(controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) send(done(value));
      },
      (error: unknown) => {
        if (!controller.signal.aborted) send(failed(toFailure(error)));
      },
    );
  }

  function run(effect: Effect): void {
    switch (effect.type) {
      case 'identify':
        request(
          (signal) => tenant.identify(effect.card, { signal }),
          (response) => ({ type: 'identified', step: effect.step, response }),
          (failure) => ({ type: 'identifyFailed', step: effect.step, failure }),
        );
        return;
      case 'enroll':
        request(
          (signal) => tenant.enroll(effect.request, effect.idempotencyKey, { signal }),
          (response) => ({ type: 'enrolled', step: effect.step, response }),
          (failure) => ({ type: 'enrollFailed', step: effect.step, failure }),
        );
        return;
      case 'startHandover':
        request(
          (signal) => tenant.startHandover(effect.enrollmentToken, { signal }),
          (handover) => ({ type: 'handoverStarted', step: effect.step, handover }),
          (failure) => ({ type: 'handoverStartFailed', step: effect.step, failure }),
        );
        return;
      case 'pollHandover':
        stopPolling();
        pollTimer = clock.setTimeout(() => {
          pollTimer = null;
          request(
            (signal) => tenant.pollHandover(effect.handoverId, { signal }),
            (status) => ({ type: 'handoverPolled', step: effect.step, status }),
            (failure) => ({ type: 'handoverPollFailed', step: effect.step, failure }),
          );
        }, effect.afterMs);
        return;
      case 'armTimeout':
        clearTimers();
        timers = [
          clock.setTimeout(() => send({ type: 'timeoutWarned', step: effect.step }), effect.warnAfterMs),
          clock.setTimeout(() => send({ type: 'timedOut', step: effect.step }), effect.expireAfterMs),
        ];
        return;
      case 'disarmTimeout':
        clearTimers();
        return;
      case 'signIn':
        host.signIn(effect.user, effect.session);
        return;
      case 'signOut':
        host.signOut();
        return;
      default:
        effect satisfies never;
    }
  }

  const stopHost = host.onSessionEnded(() => send({ type: 'hostSessionEnded' }));

  const model: EnrollmentModel = {
    state,
    shown: screen.shown,
    canSubmit: computed(() => {
      const s = state.value;
      return s.name === 'credentials' && s.username.trim() !== '' && s.secret !== '';
    }),
    lastSwipe,
    swipe(read) {
      const outcome = convertRead(read);
      lastSwipe.value = { read, outcome };
      send(outcome.ok ? { type: 'swiped', card: outcome.cardNumber } : { type: 'unreadableSwipe' });
    },
    setConverter(convert) {
      convertRead = convert;
    },
    chooseEnrollment: () => send({ type: 'enrollmentChosen' }),
    setUsername: (value) => send({ type: 'usernameChanged', value }),
    setSecret: (value) => send({ type: 'secretChanged', value }),
    submit: () => send({ type: 'submitted', idempotencyKey: newKey() }),
    useHandover: () => send({ type: 'handoverChosen' }),
    cancel: () => send({ type: 'cancelled' }),
    retry: () => send({ type: 'retried' }),
    goBack: () => send({ type: 'wentBack' }),
    moreTime: () => send({ type: 'moreTimeRequested' }),
    logOut: () => send({ type: 'loggedOut' }),
    connect(source) {
      return source.start((swipe) => model.swipe(swipe.read));
    },
    dispose() {
      disposed = true;
      screen.dispose();
      clearTimers();
      stopPolling();
      inFlight?.abort();
      stopHost();
    },
  };
  return model;
}
