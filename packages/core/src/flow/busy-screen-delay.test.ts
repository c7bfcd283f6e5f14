import { signal } from '@preact/signals-core';
import { describe, expect, it } from 'vitest';
import { delayBusyScreens } from './busy-screen-delay';
import { fakeClock } from './fake-clock.fixture';
import * as f from './flow.fixture';
import type { State } from './state';

function setup(delayMs = 300, first: State = f.idle) {
  const time = fakeClock();
  const state = signal<State>(first);
  const { shown, dispose } = delayBusyScreens(state, time.clock, delayMs);
  return { time, state, shown, dispose };
}

describe('delayBusyScreens', () => {
  it.each([
    ['checking a card', f.idle, f.identifying],
    ['checking a card again from a failure', f.failedUnreachable, f.identifying],
    ['registering a card', f.credentials, f.submitting],
  ])('keeps the screen before %s up for the delay, then shows the busy screen', (_, before, busy) => {
    const { time, state, shown } = setup(300, before);
    state.value = busy;
    expect(shown.value).toBe(before);
    time.advance(299);
    expect(shown.value).toBe(before);
    time.advance(1);
    expect(shown.value).toBe(busy);
  });

  it.each([
    ['the prompt', f.identifying, f.prompt],
    ['signed in', f.submitting, f.signedIn],
    ['a failure', f.identifying, f.failedUnreachable],
    ['the idle screen after Cancel', f.identifying, f.idle],
  ])('goes straight to %s when the answer comes within the delay', (_, busy, answer) => {
    const { time, state, shown } = setup(300, busy === f.submitting ? f.credentials : f.idle);
    state.value = busy;
    time.advance(100);
    state.value = answer;
    expect(shown.value).toBe(answer);
    expect(time.pending()).toBe(0);
  });

  it('shows every other state at once', () => {
    const { time, state, shown } = setup();
    for (const next of [f.prompt, f.credentials, f.handoverStarting, f.signedIn, f.failedLocked, f.idle]) {
      state.value = next;
      expect(shown.value).toBe(next);
    }
    expect(time.pending()).toBe(0);
  });

  it('follows a busy step that is already showing', () => {
    const { time, state, shown } = setup();
    state.value = f.identifying;
    time.advance(300);
    const warned = { ...f.identifying, expiring: true };
    state.value = warned;
    expect(shown.value).toBe(warned);
  });

  it('shows the busy screen at once with no delay', () => {
    const { time, state, shown } = setup(0);
    state.value = f.identifying;
    expect(shown.value).toBe(f.identifying);
    expect(time.pending()).toBe(0);
  });

  it('stops following the flow on dispose, leaving no timer behind', () => {
    const { time, state, shown, dispose } = setup();
    state.value = f.identifying;
    dispose();
    expect(time.pending()).toBe(0);
    state.value = f.prompt;
    expect(shown.value).toBe(f.idle);
  });
});
