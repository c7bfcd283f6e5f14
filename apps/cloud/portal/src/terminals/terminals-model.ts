import type { AddedTerminal, TerminalSummary } from '@cardenroll/contract';
import { type ReadonlySignal, signal } from '@preact/signals';
import type { PortalClient } from '../api/portal-client';
import type { PortalFailure } from '../api/portal-failure';
import { attempt, loader, type Remote } from '../remote';

export type TerminalNotice =
  | { readonly kind: 'revoked'; readonly name: string }
  | { readonly kind: 'revokeFailed'; readonly name: string; readonly failure: PortalFailure };

/**
 * The Terminals page: the list, Add terminal, and Revoke behind a confirmation. A new terminal's key is
 * held only in `added` (never the URL or storage), and `forget` drops it: Done, leaving the page, or
 * adding the next terminal; a key that arrives after the page was left is dropped too.
 */
export interface TerminalsModel {
  readonly terminals: ReadonlySignal<Remote<readonly TerminalSummary[]>>;
  readonly name: ReadonlySignal<string>;
  readonly adding: ReadonlySignal<boolean>;
  readonly addFailure: ReadonlySignal<PortalFailure | 'empty' | null>;
  readonly added: ReadonlySignal<AddedTerminal | null>;
  readonly confirming: ReadonlySignal<string | null>;
  readonly revoking: ReadonlySignal<boolean>;
  readonly notice: ReadonlySignal<TerminalNotice | null>;
  load(): Promise<void>;
  setName(value: string): void;
  add(): Promise<void>;
  forget(): void;
  askRevoke(terminalId: string): void;
  cancelRevoke(): void;
  confirmRevoke(): Promise<void>;
}

type TerminalsClient = Pick<PortalClient, 'terminals' | 'addTerminal' | 'revokeTerminal'>;

export function createTerminalsModel(client: TerminalsClient): TerminalsModel {
  const terminals = signal<Remote<readonly TerminalSummary[]>>({ status: 'loading' });
  const name = signal('');
  const adding = signal(false);
  const addFailure = signal<PortalFailure | 'empty' | null>(null);
  const added = signal<AddedTerminal | null>(null);
  const confirming = signal<string | null>(null);
  const revoking = signal(false);
  const notice = signal<TerminalNotice | null>(null);
  const load = loader(terminals, () => client.terminals());
  let generation = 0;

  const forget = () => {
    generation++;
    added.value = null;
    adding.value = false;
  };

  return {
    terminals,
    name,
    adding,
    addFailure,
    added,
    confirming,
    revoking,
    notice,
    load,
    setName: (value) => {
      name.value = value;
    },
    add: async () => {
      if (adding.value) return;
      const wanted = name.value.trim();
      if (wanted === '') {
        addFailure.value = 'empty';
        return;
      }
      forget();
      addFailure.value = null;
      notice.value = null;
      adding.value = true;
      const mine = generation;
      const outcome = await attempt(() => client.addTerminal(wanted));
      if (mine !== generation) return;
      adding.value = false;
      if (!outcome.ok) {
        addFailure.value = outcome.failure;
        return;
      }
      name.value = '';
      added.value = outcome.value;
      await load();
    },
    forget,
    askRevoke: (terminalId) => {
      notice.value = null;
      confirming.value = terminalId;
    },
    cancelRevoke: () => {
      confirming.value = null;
    },
    confirmRevoke: async () => {
      const list = terminals.value;
      const terminal =
        list.status === 'loaded' ? list.value.find((t) => t.id === confirming.value) : undefined;
      if (revoking.value || terminal === undefined) return;
      revoking.value = true;
      const outcome = await attempt(() => client.revokeTerminal(terminal.id));
      revoking.value = false;
      confirming.value = null;
      if (!outcome.ok) {
        notice.value = { kind: 'revokeFailed', name: terminal.name, failure: outcome.failure };
        return;
      }
      notice.value = { kind: 'revoked', name: terminal.name };
      const now = terminals.value;
      if (now.status === 'loaded')
        terminals.value = {
          status: 'loaded',
          value: now.value.map((t) => (t.id === terminal.id ? { ...t, revoked: true } : t)),
        };
    },
  };
}
