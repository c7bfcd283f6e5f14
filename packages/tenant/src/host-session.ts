import type { HostSession, User } from '@cardenroll/core';
import { isoAt } from './clock';
import type { Secrets } from './secrets-port';
import type { UserRecord } from './store-port';

/** A fresh session for the host to sign `user` in with; opaque to the panel, so nothing is stored. */
export const openHostSession = (secrets: Secrets, now: number, ttlMs: number): HostSession => ({
  id: secrets.newToken('sess'),
  expiresAt: isoAt(now + ttlMs),
});

/** A user as the panel shows them. */
export const panelUser = (user: UserRecord): User => ({
  username: user.username,
  displayName: user.display_name,
});
