import type { MailMessage, MailOutboxPort, TenantContext } from '@cardenroll/tenant';
import { loadServiceConfig, type ServiceConfig } from '../service-config/service-config';
import { type MailSettings, resolveMailSettings } from './mail-config';
import { createMailSealer } from './mail-seal';
import { createSmtpSender } from './mail-sender';
import { createOutboxWorker, type OutboxWorker } from './outbox-worker';

/** The service's outgoing mail: the outbox port the rules queue into, and its delivery worker. */
export interface OutgoingMail extends MailOutboxPort {
  readonly settings: MailSettings;
  drain(): Promise<void>;
  stop(): Promise<void>;
}

/** The mail settings of the config file beside the data (or CLOUD_CONFIG); null without a `mail` section. */
export function mailSettingsOf(dataDir: string, env: NodeJS.ProcessEnv = process.env): MailSettings | null {
  return mailSettingsFrom(loadServiceConfig(dataDir, env), env);
}

/** The mail section of a config file already read; null when it has none. */
export function mailSettingsFrom(
  config: ServiceConfig,
  env: NodeJS.ProcessEnv = process.env,
): MailSettings | null {
  return config.mail === undefined ? null : resolveMailSettings(config.mail, env);
}

/** Queues into the outbox (sealed under the installation key) and, with `deliver`, runs the worker. */
export function startOutgoingMail(
  ctx: TenantContext,
  installationKey: Buffer,
  settings: MailSettings,
  log: (line: string) => void,
  deliver = true,
): OutgoingMail {
  const sealer = createMailSealer(installationKey);
  const worker: OutboxWorker | null = deliver
    ? createOutboxWorker({ ctx, sealer, sender: createSmtpSender(settings), retry: settings.retry, log })
    : null;
  return {
    settings,
    seal: (message: MailMessage) => sealer.seal(message),
    wake: () => worker?.wake(),
    drain: async () => worker?.drain(),
    stop: async () => worker?.stop(),
  };
}
