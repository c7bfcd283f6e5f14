import type { IssuedOtp, OtpDelivery, QueuedOtpMail } from '@cardenroll/contract';
import { type ReadonlySignal, signal } from '@preact/signals';
import type { PortalFailure } from '../api/portal-failure';
import { attempt } from '../remote';

/**
 * A one-time password on screen: held only in this signal (never the URL or storage), replaced by the
 * next one, and dropped by `hide`, which the section also calls when it leaves the page; a password
 * that arrives after that is dropped too.
 */
export interface OtpModel {
  readonly shown: ReadonlySignal<IssuedOtp | null>;
  readonly issuing: ReadonlySignal<OtpDelivery | null>;
  readonly failure: ReadonlySignal<PortalFailure | null>;
  /** The e-mail queued by `sendMail`: its address and the code's expiry, never the code. */
  readonly queued: ReadonlySignal<QueuedOtpMail | null>;
  issue(delivery: OtpDelivery): Promise<void>;
  /** Sends a new one-time password by e-mail (administrators, where the service sends e-mail). */
  sendMail(): Promise<void>;
  hide(): void;
}

export function createOtpModel(
  issue: (delivery: OtpDelivery) => Promise<IssuedOtp>,
  send: () => Promise<QueuedOtpMail> = () => Promise.reject(new Error('this page sends no e-mail')),
): OtpModel {
  const shown = signal<IssuedOtp | null>(null);
  const queued = signal<QueuedOtpMail | null>(null);
  const issuing = signal<OtpDelivery | null>(null);
  const failure = signal<PortalFailure | null>(null);
  let generation = 0;
  return {
    shown,
    issuing,
    failure,
    queued,
    sendMail: async () => {
      if (issuing.value) return;
      shown.value = null;
      queued.value = null;
      failure.value = null;
      issuing.value = 'email';
      const mine = ++generation;
      const outcome = await attempt(send);
      if (mine !== generation) return;
      issuing.value = null;
      if (outcome.ok) queued.value = outcome.value;
      else failure.value = outcome.failure;
    },
    issue: async (delivery) => {
      if (issuing.value) return;
      // The old password stops working on the service once a new one is issued: never show both.
      shown.value = null;
      queued.value = null;
      failure.value = null;
      issuing.value = delivery;
      const mine = ++generation;
      const outcome = await attempt(() => issue(delivery));
      if (mine !== generation) return;
      issuing.value = null;
      if (outcome.ok) shown.value = outcome.value;
      else failure.value = outcome.failure;
    },
    hide: () => {
      generation++;
      shown.value = null;
      queued.value = null;
      failure.value = null;
      issuing.value = null;
    },
  };
}
