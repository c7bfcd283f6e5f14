import type { ConnectedClients } from '@cardenroll/contract';
import { signal } from '@preact/signals';
import type { PortalClient } from '../api/portal-client';
import type { PortalFailure } from '../api/portal-failure';
import { attempt, loader, type Remote } from '../remote';

export type ConnectedClient = ConnectedClients['clients'][number];

/** My Profile's desktop clients: the list, and signing one out (its tokens end on the service). */
export function createClientsModel(client: Pick<PortalClient, 'myClients' | 'disconnectMyClient'>) {
  const list = signal<Remote<readonly ConnectedClient[]>>({ status: 'loading' });
  /** The client being signed out, the last one signed out, or the failure of the last try. */
  const action = signal<
    | { readonly kind: 'idle' }
    | { readonly kind: 'signingOut'; readonly id: string }
    | { readonly kind: 'signedOut' }
    | { readonly kind: 'failed'; readonly failure: PortalFailure }
  >({ kind: 'idle' });
  const reload = loader(list, () => client.myClients());
  return {
    list,
    action,
    reload,
    async signOut(id: string) {
      if (action.value.kind === 'signingOut') return;
      action.value = { kind: 'signingOut', id };
      const outcome = await attempt(() => client.disconnectMyClient(id));
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
