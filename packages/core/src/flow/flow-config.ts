/** How long each screen waits for a person before it gives up, in milliseconds of inactivity. */
export interface FlowTimeouts {
  readonly prompt: number;
  readonly credentials: number;
  readonly failed: number;
  readonly signedIn: number;
  /** The phone hand-over screen; the tenant ends the hand-over itself after 5 minutes. */
  readonly handover: number;
}

/** What the pure flow needs to know of the terminal's configuration. */
export interface FlowConfig {
  /** Show "card not registered" with an Enrollment button first; off goes straight to credentials. */
  readonly enrollmentPrompt: boolean;
  /** The credentials screen offers "Use your phone" (the tenant must support hand-overs). */
  readonly phoneHandover: boolean;
  readonly timeouts: FlowTimeouts;
  /** How long before a timeout the panel warns and offers More time. */
  readonly warningMs: number;
}

export const defaultFlowConfig: FlowConfig = {
  enrollmentPrompt: true,
  phoneHandover: false,
  timeouts: { prompt: 30_000, credentials: 90_000, failed: 30_000, signedIn: 120_000, handover: 300_000 },
  warningMs: 10_000,
};
