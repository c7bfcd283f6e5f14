import type { ConnectedClients } from '@cardenroll/contract';
import { signal } from '@preact/signals';
import type { PortalClient } from '../api/portal-client';
import type { PortalFailure } from '../api/portal-failure';
import { attempt, loader, type Remote } from '../remote';

export type ConnectedClient = ConnectedClients['clients'][number];

/** The calls for one person's desktop clients: the signed-in person's own, or a user's (administrators). */
export interface ClientsCalls {
  readonly load: () => Promise<readonly ConnectedClient[]>;
  readonly disconnect: (id: string) => Promise<void>;
}

export const ownClients = (client: PortalClient): ClientsCalls => ({
  load: () => client.myClients(),
  disconnect: (id) => client.disconnectMyClient(id),
});

export const clientsOfUser = (client: PortalClient, userId: string): ClientsCalls => ({
  load: () => client.userClients(userId),
  disconnect: (id) => client.disconnectUserClient(userId, id),
});

/** A person's desktop clients: the list, and signing one out (its tokens end on the service). */
export function createClientsModel(calls: ClientsCalls) {
  const list = signal<Remote<readonly ConnectedClient[]>>({ status: 'loading' });
  /** The client being signed out, the last one signed out, or the failure of the last try. */
  const action = signal<
    | { readonly kind: 'idle' }
    | { readonly kind: 'signingOut'; readonly id: string }
    | { readonly kind: 'signedOut' }
    | { readonly kind: 'failed'; readonly failure: PortalFailure }
  >({ kind: 'idle' });
  const reload = loader(list, calls.load);
  let started = false;
  return {
    list,
    action,
    reload,
    /** The first load, once however often a page asks (its own data may reload many times). */
    async loadOnce() {
      if (started) return;
      started = true;
      await reload();
    },
    async signOut(id: string) {
      if (action.value.kind === 'signingOut') return;
      action.value = { kind: 'signingOut', id };
      const outcome = await attempt(() => calls.disconnect(id));
      // Gone already (signed out by `logout` meanwhile) is what the person wanted.
      action.value =
        outcome.ok || outcome.failure.kind === 'not_found'
          ? { kind: 'signedOut' }
          : { kind: 'failed', failure: outcome.failure };
      await reload();
    },
  };
}

export type ClientsModel = ReturnType<typeof createClientsModel>;
