import type { UserRecord } from './store-port';

/** A signed-in person as the portal sees them (docs/portal-api.md `user`). */
export interface PortalUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly role: 'user' | 'admin';
}

export const portalUser = (user: UserRecord): PortalUser => ({
  id: user.id,
  username: user.username,
  displayName: user.display_name,
  email: user.email,
  role: user.role,
});
