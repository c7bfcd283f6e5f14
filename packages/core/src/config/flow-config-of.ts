import type { FlowConfig } from '../flow/flow-config';
import type { TerminalConfig } from './terminal-config';

/** The part of a terminal's settings the pure flow runs on, in the flow's milliseconds. */
export function flowConfigOf(config: TerminalConfig): FlowConfig {
  const { timeouts } = config;
  return {
    enrollmentPrompt: config.enrollmentPrompt,
    phoneHandover: config.phoneHandover,
    timeouts: {
      prompt: timeouts.promptSeconds * 1000,
      credentials: timeouts.credentialsSeconds * 1000,
      failed: timeouts.failedSeconds * 1000,
      signedIn: timeouts.signedInSeconds * 1000,
      handover: timeouts.handoverSeconds * 1000,
    },
    warningMs: timeouts.warningSeconds * 1000,
  };
}
