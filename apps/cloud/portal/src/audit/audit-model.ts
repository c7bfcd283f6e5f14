import type { AuditPage } from '@cardenroll/contract';
import { computed, type ReadonlySignal, signal } from '@preact/signals';
import type { PortalClient } from '../api/portal-client';
import { loader, type Remote } from '../remote';

export const auditPageSize = 50;

/**
 * The audit log, a page at a time, newest first. The service pages by cursor (`next`), so the model
 * keeps the cursors of the pages it came through, and Newer goes back along them.
 */
export interface AuditModel {
  readonly page: ReadonlySignal<Remote<AuditPage>>;
  /** 1 for the newest events. */
  readonly pageNumber: ReadonlySignal<number>;
  readonly hasNewer: ReadonlySignal<boolean>;
  readonly hasOlder: ReadonlySignal<boolean>;
  load(): Promise<void>;
  older(): Promise<void>;
  newer(): Promise<void>;
}

export function createAuditModel(client: Pick<PortalClient, 'audit'>): AuditModel {
  const page = signal<Remote<AuditPage>>({ status: 'loading' });
  // The cursor of each page shown so far: undefined for the newest.
  const cursors = signal<readonly (string | undefined)[]>([undefined]);
  const load = loader(page, () => {
    const before = cursors.value.at(-1);
    return client.audit(before === undefined ? { limit: auditPageSize } : { before, limit: auditPageSize });
  });
  const next = () => (page.value.status === 'loaded' ? page.value.value.next : null);
  return {
    page,
    pageNumber: computed(() => cursors.value.length),
    hasNewer: computed(() => cursors.value.length > 1),
    hasOlder: computed(() => next() !== null),
    load,
    older: () => {
      const cursor = next();
      if (cursor === null) return Promise.resolve();
      cursors.value = [...cursors.value, cursor];
      return load();
    },
    newer: () => {
      if (cursors.value.length <= 1) return Promise.resolve();
      cursors.value = cursors.value.slice(0, -1);
      return load();
    },
  };
}
