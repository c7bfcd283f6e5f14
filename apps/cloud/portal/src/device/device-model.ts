import type { DeviceGrantView } from '@cardenroll/contract';
import { type ReadonlySignal, signal } from '@preact/signals';
import type { PortalClient } from '../api/portal-client';
import type { PortalFailure } from '../api/portal-failure';
import { attempt } from '../remote';

/** The desktop client's code: 8 of the 20 consonants of RFC 8628 §6.1, shown as `WDJB-MJHT`. */
const shape = /^[BCDFGHJKLMNPQRSTVWXZ]{8}$/;

/** The code from what a person typed or the link carried (dash, spaces, case ignored), or undefined. */
export function normalizeDeviceCode(input: string): string | undefined {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  return shape.test(code) ? code : undefined;
}

export const formatDeviceCode = (code: string): string =>
  code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;

export type DeviceOutcome = 'approved' | 'denied' | 'expired';

export type DeviceState =
  | { readonly step: 'enterCode'; readonly input: string; readonly problem?: 'invalid_code' | 'unknown_code' }
  | { readonly step: 'loading'; readonly code: string }
  /** The question is on screen; `answering` while an answer is on its way, `failure` after one failed. */
  | {
      readonly step: 'question';
      readonly code: string;
      readonly grant: DeviceGrantView;
      readonly answering?: 'approve' | 'deny';
      readonly failure?: PortalFailure;
    }
  | { readonly step: 'failed'; readonly code: string; readonly failure: PortalFailure }
  | { readonly step: 'done'; readonly outcome: DeviceOutcome };

/** Connecting a desktop client: find its request by the code it shows, then approve or deny it. */
export function createDeviceModel(
  client: Pick<PortalClient, 'deviceGrant' | 'approveDevice' | 'denyDevice'>,
) {
  const state = signal<DeviceState>({ step: 'enterCode', input: '' });

  const lookUp = async (code: string) => {
    state.value = { step: 'loading', code };
    const outcome = await attempt(() => client.deviceGrant(code));
    if (outcome.ok) state.value = { step: 'question', code, grant: outcome.value };
    else if (outcome.failure.kind === 'handover_expired') state.value = { step: 'done', outcome: 'expired' };
    else if (outcome.failure.kind === 'not_found')
      state.value = { step: 'enterCode', input: formatDeviceCode(code), problem: 'unknown_code' };
    else state.value = { step: 'failed', code, failure: outcome.failure };
  };

  const open = async (input: string) => {
    const code = normalizeDeviceCode(input);
    if (code === undefined) state.value = { step: 'enterCode', input, problem: 'invalid_code' };
    else await lookUp(code);
  };

  const answer = async (kind: 'approve' | 'deny') => {
    const current = state.value;
    if (current.step !== 'question' || current.answering !== undefined) return;
    const { code, grant } = current;
    state.value = { step: 'question', code, grant, answering: kind };
    const outcome = await attempt(() =>
      kind === 'approve' ? client.approveDevice(code) : client.denyDevice(code),
    );
    if (outcome.ok) state.value = { step: 'done', outcome: kind === 'approve' ? 'approved' : 'denied' };
    // A code that ended (or was forgotten) meanwhile has expired, as far as this person is concerned.
    else if (outcome.failure.kind === 'handover_expired' || outcome.failure.kind === 'not_found')
      state.value = { step: 'done', outcome: 'expired' };
    else state.value = { step: 'question', code, grant, failure: outcome.failure };
  };

  return {
    state: state as ReadonlySignal<DeviceState>,
    setInput(input: string) {
      if (state.value.step === 'enterCode') state.value = { step: 'enterCode', input };
    },
    async submitCode() {
      const current = state.value;
      if (current.step === 'enterCode') await open(current.input);
    },
    open,
    approve: () => answer('approve'),
    deny: () => answer('deny'),
    async retry() {
      const current = state.value;
      if (current.step === 'failed') await lookUp(current.code);
    },
    startOver() {
      state.value = { step: 'enterCode', input: '' };
    },
  };
}

export type DeviceModel = ReturnType<typeof createDeviceModel>;
