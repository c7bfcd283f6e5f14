import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../config';
import { type ServiceProcess, spawnService } from '../testing/service-process';
import {
  codeOf,
  type ReceivedMail,
  type SmtpCapture,
  startSmtpCapture,
  until,
} from '../testing/smtp-capture';
import { portalClient, terminalClient } from '../testing/test-cloud';

/**
 * One-time passwords by e-mail against a real SMTP server (smtp-server, in this process, on a free
 * loopback port): STARTTLS with a certificate made for this run, AUTH required, every message captured
 * and parsed. The service is the real one, a child process, with the `mail` section in its config file.
 */

let dir: string;
let smtp: SmtpCapture;
let received: ReceivedMail[];
let smtpPort = 0;
let smtpPassword = '';
const smtpUser = 'cards-service';

let service: ServiceProcess;
let dataDir: string;
const serviceEnv = () => ({ CLOUD_CONFIG: join(dir, 'cloud.config.json'), TEST_SMTP_PASSWORD: smtpPassword });

async function admin(url: string) {
  const portal = portalClient(url);
  expect((await portal.login('admin', 'admin-demo-pass')).status).toBe(200);
  const idOf = async (username: string) =>
    ((await portal.get(`users?query=${username}`)).body.users as { id: string; username: string }[]).find(
      (u) => u.username === username,
    )?.id ?? '';
  return { portal, idOf };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mail-journey-'));
  dataDir = join(dir, 'data');
  smtp = await startSmtpCapture(dir);
  received = smtp.received;
  smtpPort = smtp.port;
  smtpPassword = smtp.password;
  writeFileSync(
    join(dir, 'cloud.config.json'),
    JSON.stringify({ mail: smtp.mailConfig('TEST_SMTP_PASSWORD') }),
  );
  service = await spawnService(dataDir, serviceEnv());
});

afterAll(async () => {
  await service?.stop();
  await smtp.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a one-time password by e-mail, through a real SMTP server', () => {
  it('arrives when an administrator sends it, registers a card once, and the outbox forgets its content', async () => {
    const { portal, idOf } = await admin(service.url);
    const before = received.length;
    const sent = await portal.post(`users/${await idOf('bob')}/otp`, { delivery: 'email' });
    expect(sent.status).toBe(202);
    expect(sent.body).toEqual({ queued: true, to: 'bob@demo.example', expiresAt: expect.any(String) });
    expect(JSON.stringify(sent.body)).not.toMatch(/\d{6,}/);

    const arrived = await until('the e-mail', () => received[before]);
    expect(arrived.to).toEqual(['bob@demo.example']);
    expect(arrived.authenticatedAs).toBe(smtpUser);
    expect(arrived.secured).toBe(true);
    expect(arrived.mail.subject).toBe('Your one-time password for registering your card');
    expect(arrived.mail.from?.value).toEqual([{ address: 'cards@demo.example', name: 'Card service' }]);
    expect(arrived.mail.text).toContain('It works once, until');
    expect(arrived.mail.html).toContain('<strong>');
    const all = `${arrived.mail.text}${arrived.mail.html}`;
    expect(all).not.toContain('bob-demo-pass');
    expect(all).not.toMatch(/https?:\/\//);
    const code = codeOf(arrived.mail);
    expect(code).toMatch(/^\d+$/);

    const panel = terminalClient(service.url, 'demo-terminal-key');
    const first = await panel.enroll({
      enrollmentToken: await panel.tokenFor('C0DE0001'),
      username: 'bob',
      secret: code,
    });
    expect(first.status).toBe(201);
    const second = await panel.enroll({
      enrollmentToken: await panel.tokenFor('C0DE0002'),
      username: 'bob',
      secret: code,
    });
    expect(second.status).toBe(401);

    const outbox = await until('the sent state', async () => {
      const status = (await portal.get('mail/outbox')).body;
      return status.messages[0]?.state === 'sent' ? status : undefined;
    });
    expect(outbox.configured).toBe(true);
    expect(outbox.messages[0]).toMatchObject({ to: 'bob@demo.example', username: 'bob', attempts: 1 });
    expect(JSON.stringify(outbox)).not.toContain(code);
    const audit = JSON.stringify((await portal.get('audit')).body);
    expect(audit).toContain('otp_mail_sent');
    expect(audit).not.toContain(code);
  });

  it('answers a self-service request for an unknown address exactly like a known one, and sends nothing for it', async () => {
    const origin = new URL(service.url).origin;
    const ask = (login: string) =>
      fetch(new URL('portal/api/otp-request', service.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: origin, 'Accept-Language': 'de-AT, en;q=0.5' },
        body: JSON.stringify({ login }),
      }).then(async (r) => ({ status: r.status, body: await r.text() }));
    const before = received.length;
    const unknown = await ask('nobody@nowhere.example');
    const known = await ask('carol@demo.example');
    expect(unknown).toEqual(known);
    expect(known).toEqual({ status: 202, body: '{"accepted":true}' });

    const arrived = await until('carol’s e-mail', () => received[before]);
    expect(arrived.to).toEqual(['carol@demo.example']);
    expect(arrived.mail.subject).toBe('Ihr Einmalpasswort zum Registrieren Ihrer Karte');
    // The known request's mail is queued after the unknown one's would have been: nothing else came.
    const { portal } = await admin(service.url);
    await until('the sent state', async () =>
      (await portal.get('mail/outbox')).body.messages[0]?.state === 'sent' ? true : undefined,
    );
    expect(received.slice(before).map((r) => r.to)).toEqual([['carol@demo.example']]);
  });

  it('retries a message while the SMTP server is down and delivers it when the server is back', async () => {
    await smtp.stop();
    const { portal, idOf } = await admin(service.url);
    const before = received.length;
    expect((await portal.post(`users/${await idOf('dana')}/otp`, { delivery: 'email' })).status).toBe(202);
    const failing = await until('a failed attempt', async () => {
      const message = (await portal.get('mail/outbox')).body.messages[0];
      return message?.to === 'dana@demo.example' && message.lastError !== null ? message : undefined;
    });
    expect(failing.state).toBe('queued');
    expect(failing.lastError).toMatch(/ECONNREFUSED|connect/i);
    await smtp.start();
    const arrived = await until('dana’s e-mail', () => received[before]);
    expect(arrived.to).toEqual(['dana@demo.example']);
    const sent = await until('the sent state', async () => {
      const message = (await portal.get('mail/outbox')).body.messages[0];
      return message?.state === 'sent' ? message : undefined;
    });
    expect(sent.attempts).toBeGreaterThanOrEqual(2);
  });

  it('keeps a message while the SMTP server is down, shows it to the administrator, and delivers it after a restart', async () => {
    await smtp.stop();
    const { portal, idOf } = await admin(service.url);
    const before = received.length;
    expect((await portal.post(`users/${await idOf('alice')}/otp`, { delivery: 'email' })).status).toBe(202);

    const failing = await until('a failed attempt', async () => {
      const message = (await portal.get('mail/outbox')).body.messages[0];
      return message?.to === 'alice@demo.example' && message.lastError !== null ? message : undefined;
    });
    expect(failing).toMatchObject({ state: 'queued', nextAttemptAt: expect.any(String) });
    expect(failing.attempts).toBeGreaterThanOrEqual(1);

    // A restart loses nothing queued: the service stops, the SMTP server comes back, a new service delivers.
    await service.stop();
    await smtp.start();
    service = await spawnService(dataDir, serviceEnv());
    const arrived = await until('alice’s e-mail', () => received[before]);
    expect(arrived.to).toEqual(['alice@demo.example']);
    const again = await admin(service.url);
    const status = await until('the sent state', async () => {
      const message = (await again.portal.get('mail/outbox')).body.messages[0];
      return message?.state === 'sent' ? message : undefined;
    });
    expect(status.to).toBe('alice@demo.example');
    expect(JSON.stringify(status)).not.toContain(codeOf(arrived.mail));
  });

  it('tests the mail server from the command line: npm run cloud -- mail test <address>', async () => {
    const before = received.length;
    const main = join(repoRoot, 'apps/cloud/src/main.ts');
    const run = (address: string) =>
      new Promise<{ code: number; out: string }>((resolve) => {
        execFile(
          process.execPath,
          ['--import', 'tsx', main, 'mail', 'test', address],
          { cwd: repoRoot, env: { ...process.env, CLOUD_DATA_DIR: dataDir, ...serviceEnv() } },
          (error, stdout, stderr) =>
            resolve({ code: error === null ? 0 : Number(error.code), out: stdout + stderr }),
        );
      });
    const sent = await run('probe@demo.example');
    // (Node warns that nodemailer names an IP address as the TLS server name; the line is what counts.)
    expect(sent.code).toBe(0);
    expect(sent.out).toContain(`Sent to probe@demo.example through 127.0.0.1:${smtpPort} (starttls).\n`);
    const arrived = await until('the test message', () => received[before]);
    expect(arrived.mail.subject).toBe('Test message from the card enrollment service');
    expect(arrived.to).toEqual(['probe@demo.example']);
    const refused = await run('probe@demo.example\r\nBcc: eve@evil.example');
    expect(refused.code).toBe(2);
    expect(refused.out).toContain('not one e-mail address');
    expect(JSON.stringify(refused)).not.toContain(smtpPassword);
  });
});
