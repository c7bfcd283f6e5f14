import type { MailMessage } from '@cardenroll/tenant';
import nodemailer from 'nodemailer';
import type { MailSettings } from './mail-config';

/** Hands one message to the SMTP server; throws with the server's or the network's reason. */
export interface MailSender {
  send(to: string, message: MailMessage): Promise<void>;
  close(): void;
}

/**
 * nodemailer over the configured server. The envelope is given explicitly (the From address and the one
 * checked recipient), so no header text is ever parsed for recipients; TLS 1.2 at least, the server's
 * certificate checked against the system's CAs or `caFile`; no file or URL access for attachments.
 */
export function createSmtpSender(settings: MailSettings): MailSender {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    ...(settings.auth === null
      ? {}
      : { auth: { user: settings.auth.user, pass: settings.auth.password.reveal() } }),
    tls: {
      minVersion: 'TLSv1.2',
      servername: settings.host,
      ...(settings.ca === null ? {} : { ca: settings.ca }),
    },
    connectionTimeout: settings.connectionTimeoutMs,
    greetingTimeout: settings.greetingTimeoutMs,
    socketTimeout: 60_000,
    disableFileAccess: true,
    disableUrlAccess: true,
    logger: false,
    debug: false,
  });
  return {
    async send(to, message) {
      await transport.sendMail({
        from:
          settings.fromName === null ? settings.from : { name: settings.fromName, address: settings.from },
        to,
        envelope: { from: settings.from, to: [to] },
        subject: message.subject,
        text: message.text,
        html: message.html,
        disableFileAccess: true,
        disableUrlAccess: true,
      });
    },
    close() {
      transport.close();
    },
  };
}
