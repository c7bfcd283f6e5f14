import type {
  EnrollRequest,
  EnrollResponse,
  Handover,
  HandoverStatus,
  HostSession,
  IdentifyResponse,
  User,
} from '../api/contract';

/** The tenant as the flow needs it; `createTenantClient` is the real one, tests pass fakes. */
export interface TenantPort {
  identify(cardNumber: string, init?: { signal?: AbortSignal }): Promise<IdentifyResponse>;
  enroll(
    request: EnrollRequest,
    idempotencyKey: string,
    init?: { signal?: AbortSignal },
  ): Promise<EnrollResponse>;
  startHandover(enrollmentToken: string, init?: { signal?: AbortSignal }): Promise<Handover>;
  pollHandover(handoverId: string, init?: { signal?: AbortSignal }): Promise<HandoverStatus>;
}

/** The printer platform around a shell: it signs the user in on the device and says when that ends. */
export interface PanelHost {
  signIn(user: User, session: HostSession): void;
  signOut(): void;
  /** Calls back when the device session ends on its own (logout at the device, sleep). */
  onSessionEnded(listener: () => void): () => void;
}

/** Timers, injectable so the controller can run on a fake clock in tests. */
export interface Clock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** A host that does nothing on the device, for shells whose own signed-in screen is the session. */
export const standaloneHost: PanelHost = {
  signIn: () => {},
  signOut: () => {},
  onSessionEnded: () => () => {},
};
