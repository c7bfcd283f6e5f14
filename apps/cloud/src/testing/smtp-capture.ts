import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message as the SMTP server received it: the envelope's recipients, parsed, and how it came. */
export interface ReceivedMail {
  readonly to: string[];
  readonly mail: ParsedMail;
  readonly authenticatedAs: string | undefined;
  readonly secured: boolean;
}

/**
 * A real SMTP server (smtp-server) on a loopback port for tests: STARTTLS with a certificate made for
 * this run (`openssl req -x509`), AUTH required and only after STARTTLS; every message parsed and kept
 * in `received`. `stop()` takes it down (a server that is down), `start()` brings it back on its port.
 */
export interface SmtpCapture {
  readonly received: ReceivedMail[];
  readonly port: number;
  readonly certFile: string;
  readonly user: string;
  readonly password: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The `mail` section of a service config file that sends through this server. */
  mailConfig(passwordEnv: string): Record<string, unknown>;
}

export async function startSmtpCapture(dir: string): Promise<SmtpCapture> {
  const certFile = join(dir, 'smtp-cert.pem');
  const keyFile = join(dir, 'smtp-key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '1',
    ].concat(['-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost']),
    { stdio: 'ignore' },
  );
  const key = readFileSync(keyFile, 'utf8');
  const cert = readFileSync(certFile, 'utf8');
  const user = 'cards-service';
  const password = 'smtp-pass-for-this-run';
  const received: ReceivedMail[] = [];
  let server: SMTPServer | null = null;
  let port = 0;

  const start = () => {
    const smtp = new SMTPServer({
      secure: false,
      key,
      cert,
      authMethods: ['PLAIN', 'LOGIN'],
      allowInsecureAuth: false,
      authOptional: false,
      logger: false,
      onAuth(auth, _session, callback) {
        if (auth.username === user && auth.password === password)
          return callback(null, { user: auth.username });
        return callback(new Error('Invalid username or password'));
      },
      onData(stream, session, callback) {
        simpleParser(stream).then(
          (mail) => {
            received.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              mail,
              authenticatedAs: session.user as string | undefined,
              secured: session.secure,
            });
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    server = smtp;
    return new Promise<void>((resolve, reject) => {
      smtp.server.once('error', reject);
      smtp.listen(port, '127.0.0.1', () => {
        port = (smtp.server.address() as AddressInfo).port;
        resolve();
      });
    });
  };
  const stop = () => {
    const smtp = server;
    server = null;
    return new Promise<void>((resolve) => (smtp === null ? resolve() : smtp.close(() => resolve())));
  };
  await start();
  return {
    received,
    get port() {
      return port;
    },
    certFile,
    user,
    password,
    start,
    stop,
    mailConfig: (passwordEnv) => ({
      host: '127.0.0.1',
      port,
      security: 'starttls',
      user,
      password: { env: passwordEnv },
      from: 'cards@demo.example',
      fromName: 'Card service',
      caFile: certFile,
      connectionTimeoutMs: 2000,
      greetingTimeoutMs: 2000,
      retryFirstDelayMs: 1000,
    }),
  };
}

/** Polls `check` until it answers something other than undefined (no fixed sleeps). */
export async function until<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  ms = 30_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The one-time password in a received message's text (the indented line of digits). */
export const codeOf = (mail: ParsedMail): string => /^\s+(\d{6,12})$/m.exec(mail.text ?? '')?.[1] ?? '';
