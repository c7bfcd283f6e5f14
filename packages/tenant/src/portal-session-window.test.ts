import { expect, it } from 'vitest';
import { isSessionAlive, portalSessionIdleMs, portalSessionMaxMs } from './portal-session-window';

it('ends a session after 30 idle minutes', () => {
  expect(isSessionAlive(0, 0, portalSessionIdleMs - 1)).toBe(true);
  expect(isSessionAlive(0, 0, portalSessionIdleMs)).toBe(false);
});

it('ends a busy session after 8 hours', () => {
  expect(isSessionAlive(0, portalSessionMaxMs - 1, portalSessionMaxMs - 1)).toBe(true);
  expect(isSessionAlive(0, portalSessionMaxMs - 1, portalSessionMaxMs)).toBe(false);
});
