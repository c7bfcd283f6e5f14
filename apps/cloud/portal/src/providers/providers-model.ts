import type { ProviderList, ProviderProbe } from '@cardenroll/contract';
import { type ReadonlySignal, signal } from '@preact/signals';
import type { PortalClient } from '../api/portal-client';
import { attempt, loader, type Outcome, type Remote } from '../remote';

/** One provider's Test: the username typed (never a password), running or not, and its last outcome. */
export interface ProviderTest {
  readonly username: string;
  readonly running: boolean;
  readonly outcome: Outcome<ProviderProbe> | null;
}

const idle: ProviderTest = { username: '', running: false, outcome: null };

/** The providers page: the configured list (read-only) and a Test per provider. */
export interface ProvidersModel {
  readonly list: ReadonlySignal<Remote<ProviderList>>;
  readonly tests: ReadonlySignal<Readonly<Record<string, ProviderTest>>>;
  load(): Promise<void>;
  setUsername(providerId: string, username: string): void;
  test(providerId: string): Promise<void>;
}

export function createProvidersModel(
  client: Pick<PortalClient, 'providers' | 'testProvider'>,
): ProvidersModel {
  const list = signal<Remote<ProviderList>>({ status: 'loading' });
  const tests = signal<Readonly<Record<string, ProviderTest>>>({});
  const testOf = (id: string) => tests.value[id] ?? idle;
  const put = (id: string, change: Partial<ProviderTest>) => {
    tests.value = { ...tests.value, [id]: { ...testOf(id), ...change } };
  };
  return {
    list,
    tests,
    load: loader(list, () => client.providers()),
    setUsername: (id, username) => put(id, { username }),
    async test(id) {
      if (testOf(id).running) return;
      put(id, { running: true, outcome: null });
      const outcome = await attempt(() => client.testProvider(id, testOf(id).username));
      put(id, { running: false, outcome });
    },
  };
}
