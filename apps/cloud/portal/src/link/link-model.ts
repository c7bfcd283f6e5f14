import type { HandoverView } from '@cardenroll/contract';
import { type ReadonlySignal, signal } from '@preact/signals';
import type { PortalClient } from '../api/portal-client';
import type { PortalFailure } from '../api/portal-failure';
import { attempt } from '../remote';
import { normalizeUserCode } from './user-code';

/** How a hand-over ended, as far as this page is concerned. */
export type LinkOutcome = 'confirmed' | 'denied' | 'expired' | 'card_already_assigned' | 'card_limit_reached';

/** Why the code form shows again. */
export type CodeProblem = 'invalid_code' | 'unknown_code';

export type LinkState =
  | { readonly step: 'enterCode'; readonly input: string; readonly problem?: CodeProblem }
  | { readonly step: 'loading'; readonly code: string }
  | { readonly step: 'confirm'; readonly code: string; readonly handover: HandoverView }
  | {
      readonly step: 'answering';
      readonly code: string;
      readonly handover: HandoverView;
      readonly answer: 'confirm' | 'deny';
    }
  /** A call failed in a way trying again may fix; `handover` is set when the question was on screen. */
  | {
      readonly step: 'failed';
      readonly code: string;
      readonly failure: PortalFailure;
      readonly handover?: HandoverView;
    }
  | { readonly step: 'done'; readonly outcome: LinkOutcome; readonly handover?: HandoverView };

/** The phone side of the hand-over: find the panel's request by its code, then confirm or deny it. */
export interface LinkModel {
  readonly state: ReadonlySignal<LinkState>;
  setInput(value: string): void;
  /** Looks up the code typed into the form. */
  submitCode(): Promise<void>;
  /** Looks up a code (from the link); a code that cannot be one goes to the form with a message. */
  open(code: string): Promise<void>;
  confirm(): Promise<void>;
  deny(): Promise<void>;
  /** After a failed look-up: the look-up again. */
  retry(): Promise<void>;
  /** Back to an empty code form. */
  startOver(): void;
}

function outcomeOf(failure: PortalFailure): LinkOutcome | undefined {
  switch (failure.kind) {
    case 'handover_expired':
      return 'expired';
    case 'card_already_assigned':
      return 'card_already_assigned';
    case 'card_limit_reached':
      return 'card_limit_reached';
    default:
      return undefined;
  }
}

export function createLinkModel(
  client: Pick<PortalClient, 'handover' | 'confirmHandover' | 'denyHandover'>,
): LinkModel {
  const state = signal<LinkState>({ step: 'enterCode', input: '' });

  const lookUp = async (code: string) => {
    state.value = { step: 'loading', code };
    const outcome = await attempt(() => client.handover(code));
    if (outcome.ok) {
      state.value = { step: 'confirm', code, handover: outcome.value };
      return;
    }
    const failure = outcome.failure;
    const ended = outcomeOf(failure);
    if (ended) state.value = { step: 'done', outcome: ended };
    else if (failure.kind === 'not_found')
      state.value = { step: 'enterCode', input: code, problem: 'unknown_code' };
    else state.value = { step: 'failed', code, failure };
  };

  const open = async (input: string) => {
    const code = normalizeUserCode(input);
    if (code === undefined) state.value = { step: 'enterCode', input, problem: 'invalid_code' };
    else await lookUp(code);
  };

  const answer = async (kind: 'confirm' | 'deny') => {
    const current = state.value;
    // The question stays on screen after a failed answer, so Confirm and Deny can be pressed again.
    if (current.step !== 'confirm' && current.step !== 'failed') return;
    const handover = current.handover;
    if (!handover) return;
    const code = current.code;
    state.value = { step: 'answering', code, handover, answer: kind };
    const outcome = await attempt(() =>
      kind === 'confirm' ? client.confirmHandover(code) : client.denyHandover(code),
    );
    if (outcome.ok) {
      state.value = { step: 'done', outcome: kind === 'confirm' ? 'confirmed' : 'denied', handover };
      return;
    }
    const ended = outcomeOf(outcome.failure);
    // A code gone by the time of the answer has expired: the service forgets hand-overs once they end.
    if (ended || outcome.failure.kind === 'not_found')
      state.value = { step: 'done', outcome: ended ?? 'expired', handover };
    else state.value = { step: 'failed', code, failure: outcome.failure, handover };
  };

  return {
    state,
    setInput: (input) => {
      const current = state.value;
      if (current.step === 'enterCode') state.value = { step: 'enterCode', input };
    },
    submitCode: async () => {
      const current = state.value;
      if (current.step === 'enterCode') await open(current.input);
    },
    open,
    confirm: () => answer('confirm'),
    deny: () => answer('deny'),
    retry: async () => {
      const current = state.value;
      if (current.step === 'failed') await lookUp(current.code);
    },
    startOver: () => {
      state.value = { step: 'enterCode', input: '' };
    },
  };
}
