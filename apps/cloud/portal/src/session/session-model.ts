import type { PortalUser } from '@cardenroll/contract';
import { type ReadonlySignal, signal } from '@preact/signals';
import type { PortalClient } from '../api/portal-client';
import { toPortalFailure } from '../api/portal-error';
import type { PortalFailure } from '../api/portal-failure';

/** Why the sign-in form is showing, when there is more to say than "sign in". */
export type SignedOutReason =
  /** A call found the session gone: it expired, or was ended elsewhere. */
  | 'ended'
  | 'signedOut'
  /** Signed out here and in every other browser the person was signed in with. */
  | 'signedOutEverywhere'
  /** Signed out here, but the service did not confirm that the session is gone there too. */
  | 'signOutUnconfirmed'
  /** The session check at start had no answer. */
  | 'unreachable';

export type SessionState =
  | { readonly status: 'checking' }
  | { readonly status: 'signedOut'; readonly reason?: SignedOutReason }
  | { readonly status: 'signedIn'; readonly user: PortalUser };

/** Who is signed in to the portal, and the ways in and out. */
export interface SessionModel {
  readonly state: ReadonlySignal<SessionState>;
  /** Asks the service whether the browser already has a session (at start). */
  check(): Promise<void>;
  /** Signs in; resolves to the failure when it did not work. */
  signIn(username: string, password: string): Promise<PortalFailure | undefined>;
  signOut(): Promise<void>;
  /** Ends every session of the person, this one included; resolves to the failure when it did not work. */
  signOutEverywhere(): Promise<PortalFailure | undefined>;
  /** For the client: a call found the session gone. */
  ended(): void;
}

export function createSessionModel(client: PortalClient): SessionModel {
  const state = signal<SessionState>({ status: 'checking' });
  return {
    state,
    check: async () => {
      try {
        const session = await client.session();
        state.value = session ? { status: 'signedIn', user: session.user } : { status: 'signedOut' };
      } catch (error) {
        const failure = toPortalFailure(error);
        state.value =
          failure.kind === 'not_signed_in'
            ? { status: 'signedOut' }
            : { status: 'signedOut', reason: 'unreachable' };
      }
    },
    signIn: async (username, password) => {
      try {
        const session = await client.signIn(username, password);
        state.value = { status: 'signedIn', user: session.user };
        return undefined;
      } catch (error) {
        return toPortalFailure(error);
      }
    },
    signOut: async () => {
      let reason: SignedOutReason = 'signedOut';
      try {
        await client.signOut();
      } catch (error) {
        if (toPortalFailure(error).kind !== 'not_signed_in') reason = 'signOutUnconfirmed';
      }
      state.value = { status: 'signedOut', reason };
    },
    signOutEverywhere: async () => {
      try {
        await client.signOutEverywhere();
      } catch (error) {
        // A session already gone (not_signed_in) has been reported to `ended` by the client.
        return toPortalFailure(error);
      }
      state.value = { status: 'signedOut', reason: 'signedOutEverywhere' };
      return undefined;
    },
    ended: () => {
      if (state.value.status === 'signedIn') state.value = { status: 'signedOut', reason: 'ended' };
    },
  };
}
