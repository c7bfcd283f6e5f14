import { isMailAddress, mailErrorText } from '@cardenroll/tenant';
import type { Output } from '../cli/commands';
import type { CloudEnvConfig } from '../config';
import { createSmtpSender } from './mail-sender';
import { mailSettingsOf } from './outgoing-mail';

/**
 * `mail test <address>`: sends one message straight through the configured SMTP server (not through the
 * outbox) and says whether the server took it, with the server's own reason when not. No code in it.
 */
export async function mailCommand(
  config: CloudEnvConfig,
  args: readonly string[],
  output: Output,
): Promise<number> {
  const [action, address, ...rest] = args;
  if (action !== 'test' || address === undefined || rest.length > 0) {
    output.err('mail test <address>');
    return 2;
  }
  if (!isMailAddress(address)) {
    output.err(`not one e-mail address: ${JSON.stringify(address)}`);
    return 2;
  }
  const settings = mailSettingsOf(config.dataDir);
  if (settings === null) {
    output.err(
      'No mail section in the service config file: this service sends no e-mail (docs/one-time-passwords.md).',
    );
    return 2;
  }
  const sender = createSmtpSender(settings);
  const server = `${settings.host}:${settings.port} (${settings.security})`;
  try {
    await sender.send(address, {
      subject: 'Test message from the card enrollment service',
      text: 'This is a test. If you read it, one-time passwords can reach people by e-mail from this service.',
      html: '<p>This is a test. If you read it, one-time passwords can reach people by e-mail from this service.</p>',
    });
    output.out(`Sent to ${address} through ${server}.`);
    return 0;
  } catch (error) {
    output.err(
      `Not sent through ${server}: ${mailErrorText(error instanceof Error ? error.message : String(error))}`,
    );
    return 1;
  } finally {
    sender.close();
  }
}
