import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { cloudConfigFromEnv } from '../config';
import { parseServiceConfig } from '../service-config/service-config';
import { mailCommand } from './mail-command';
import { isLoopbackHost, mailConfigSchema, resolveMailSettings } from './mail-config';
import { createMailSealer } from './mail-seal';

const config = (mail: Record<string, unknown>) => v.parse(mailConfigSchema, mail);

describe('the mail section of the config file', () => {
  it('defaults to STARTTLS on 587 with 10 s timeouts and 8 attempts', () => {
    const settings = resolveMailSettings(config({ host: 'smtp.example.com', from: 'cards@example.com' }), {});
    expect(settings).toMatchObject({
      port: 587,
      security: 'starttls',
      auth: null,
      connectionTimeoutMs: 10_000,
      greetingTimeoutMs: 10_000,
      retry: { maxAttempts: 8, firstDelayMs: 30_000 },
    });
    expect(
      resolveMailSettings(config({ host: 'h.example', from: 'a@b.example', security: 'tls' }), {}).port,
    ).toBe(465);
  });

  it('resolves the password from the environment and never prints it', () => {
    const settings = resolveMailSettings(
      config({ host: 'h.example', from: 'a@b.example', user: 'cards', password: { env: 'SMTP_PW' } }),
      { SMTP_PW: 'hunter2-smtp' },
    );
    expect(settings.auth?.password.reveal()).toBe('hunter2-smtp');
    expect(`${JSON.stringify(settings)} ${inspect(settings)}`).not.toContain('hunter2');
    expect(() =>
      resolveMailSettings(
        config({ host: 'h.example', from: 'a@b.example', user: 'c', password: { env: 'NOPE' } }),
        {},
      ),
    ).toThrow('mail.password: the environment variable NOPE is not set');
  });

  it('refuses sending in clear except to a relay on this machine', () => {
    expect(() =>
      resolveMailSettings(config({ host: 'smtp.example.com', from: 'a@b.example', security: 'none' }), {}),
    ).toThrow(/only for a relay on this machine/);
    expect(
      resolveMailSettings(config({ host: '127.0.0.1', from: 'a@b.example', security: 'none' }), {}).port,
    ).toBe(25);
    expect(['localhost', '127.0.0.5', '::1', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['10.0.0.1', 'localhost.example.com', '::2'].some(isLoopbackHost)).toBe(false);
  });

  it('names what is wrong: a sender that is not one address, a user without a password, a wrong key', () => {
    expect(() => resolveMailSettings(config({ host: 'h.example', from: 'Cards <a@b.example>' }), {})).toThrow(
      /mail.from must be one e-mail address/,
    );
    expect(() =>
      resolveMailSettings(config({ host: 'h.example', from: 'a@b.example', user: 'x' }), {}),
    ).toThrow(/go together/);
    expect(() =>
      resolveMailSettings(config({ host: 'h.example', from: 'a@b.example', caFile: '/nope.pem' }), {}),
    ).toThrow('mail.caFile: cannot read /nope.pem');
    expect(() =>
      parseServiceConfig('{"mail": {"host": "h", "from": "a@b.example", "sender": 1}}', '/x.json'),
    ).toThrow(/mail/);
    expect(() =>
      parseServiceConfig('{"mail": {"host": "h", "from": "a@b.example", "port": 0}}', '/x.json'),
    ).toThrow(/mail\.port/);
  });
});

describe('a sealed outbox message', () => {
  const message = { subject: 'S', text: 'code 12345678', html: '<p>12345678</p>' };

  it('opens with the installation key and shows no code at rest', () => {
    const key = randomBytes(32);
    const sealed = createMailSealer(key).seal(message);
    expect(sealed).toMatch(/^m1\./);
    expect(sealed).not.toContain('12345678');
    expect(Buffer.from(sealed.split('.')[3] ?? '', 'base64url').toString()).not.toContain('12345678');
    expect(createMailSealer(key).open(sealed)).toEqual(message);
  });

  it('does not open with another key or after tampering', () => {
    const sealed = createMailSealer(randomBytes(32)).seal(message);
    expect(() => createMailSealer(randomBytes(32)).open(sealed)).toThrow();
    const key = randomBytes(32);
    const parts = createMailSealer(key).seal(message).split('.');
    const body = Buffer.from(parts[3] ?? '', 'base64url');
    body[0] = (body[0] ?? 0) ^ 1;
    parts[3] = body.toString('base64url');
    expect(() => createMailSealer(key).open(parts.join('.'))).toThrow();
    expect(() => createMailSealer(key).open('nonsense')).toThrow('not a sealed outbox message');
  });
});

describe('mail test <address>', () => {
  it('needs one plain address and a mail section, and says so', async () => {
    const lines: string[] = [];
    const output = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };
    const config = { ...cloudConfigFromEnv({}), dataDir: mkdtempSync(join(tmpdir(), 'mail-cmd-')) };
    expect(await mailCommand(config, ['test'], output)).toBe(2);
    expect(await mailCommand(config, ['test', 'a@b.example\r\nBcc: c@d.example'], output)).toBe(2);
    expect(await mailCommand(config, ['test', 'a@b.example'], output)).toBe(2);
    expect(lines).toEqual([
      'mail test <address>',
      'not one e-mail address: "a@b.example\\r\\nBcc: c@d.example"',
      'No mail section in the service config file: this service sends no e-mail (docs/one-time-passwords.md).',
    ]);
  });
});
