import type { HostSession, User } from '@cardenroll/core';
import type { UserRow } from '../store/users';
import { isoAt } from './clock';
import { newToken } from './secret-token';

/** A fresh session for the host to sign `user` in with; opaque to the panel, so nothing is stored. */
export const openHostSession = (now: number, ttlMs: number): HostSession => ({
  id: newToken('sess'),
  expiresAt: isoAt(now + ttlMs),
});

/** A user as the panel shows them. */
export const panelUser = (user: UserRow): User => ({
  username: user.username,
  displayName: user.display_name,
});
