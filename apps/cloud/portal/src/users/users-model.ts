import type { UserSummary } from '@cardenroll/contract';
import { type ReadonlySignal, signal } from '@preact/signals';
import type { PortalClient } from '../api/portal-client';
import { loader, type Remote } from '../remote';

/** The administrators' user search: the text typed, and the users that the last search found. */
export interface UsersModel {
  readonly query: ReadonlySignal<string>;
  /** The text the shown results are for. */
  readonly searched: ReadonlySignal<string>;
  readonly users: ReadonlySignal<Remote<readonly UserSummary[]>>;
  setQuery(value: string): void;
  search(): Promise<void>;
}

export function createUsersModel(client: Pick<PortalClient, 'searchUsers'>): UsersModel {
  const query = signal('');
  const searched = signal('');
  const users = signal<Remote<readonly UserSummary[]>>({ status: 'loading' });
  const load = loader(users, () => client.searchUsers(searched.value));
  return {
    query,
    searched,
    users,
    setQuery: (value) => {
      query.value = value;
    },
    search: () => {
      searched.value = query.value.trim();
      return load();
    },
  };
}
