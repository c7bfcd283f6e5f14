import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  codeOf,
  type ServiceProcess,
  type SmtpCapture,
  spawnService,
  startSmtpCapture,
  until,
} from '@cardenroll/cloud/testing';
import { PortalSignInPage } from '../../pages/portal/PortalSignInPage';
import { UserCardsPage } from '../../pages/portal/UserCardsPage';
import { expect, test } from '../../support/fixtures';

/**
 * The portal's e-mail buttons against a service that sends through a real SMTP server: a service of its
 * own (the shared reference service has no mail server), the SMTP capture on a loopback port.
 */
test.describe.configure({ mode: 'serial' });

let dir: string;
let smtp: SmtpCapture;
let service: ServiceProcess;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'otp-mail-e2e-'));
  smtp = await startSmtpCapture(dir);
  const config = join(dir, 'cloud.config.json');
  writeFileSync(config, JSON.stringify({ mail: smtp.mailConfig('E2E_SMTP_PASSWORD') }));
  service = await spawnService(join(dir, 'data'), { CLOUD_CONFIG: config, E2E_SMTP_PASSWORD: smtp.password });
});

test.afterAll(async () => {
  await service?.stop();
  await smtp?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('an administrator sends a one-time password by e-mail, and Outgoing mail shows it sent', async ({
  page,
}) => {
  const signIn = new PortalSignInPage(page);
  await signIn.open(`${service.url}portal/`);
  await signIn.signIn('admin', 'admin-demo-pass');
  const user = new UserCardsPage(page);
  await user.open('bob');
  await expect(user.heading('Bob Novak')).toBeVisible();
  await expect(page.getByRole('button', { name: 'E-mail preview' })).toHaveCount(0);

  const before = smtp.received.length;
  await user.sendOtpByEmail();
  await expect(page.getByText(/is on its way to bob@demo\.example/)).toBeVisible();
  const arrived = await until('the e-mail', () => smtp.received[before]);
  expect(arrived.to).toEqual(['bob@demo.example']);
  // The code is in the e-mail only, never on the administrator's screen.
  await expect(page.getByText(codeOf(arrived.mail))).toHaveCount(0);

  await page.getByRole('navigation').getByRole('link', { name: 'Users' }).click();
  const outgoing = page.getByRole('region', { name: 'Outgoing mail' });
  await expect(async () => {
    await outgoing.getByRole('button', { name: 'Refresh' }).click();
    await expect(outgoing.getByRole('row', { name: /bob@demo\.example.*Sent/ })).toBeVisible({
      timeout: 1000,
    });
  }).toPass();
});

test('a person who cannot sign in at the printer asks for a one-time password on the sign-in page', async ({
  page,
}) => {
  const signIn = new PortalSignInPage(page);
  await signIn.open(`${service.url}portal/`);
  const before = smtp.received.length;
  await signIn.askForOtpByEmail('carol@demo.example');
  await expect(page.getByRole('status')).toContainText(
    'If this belongs to an account with an e-mail address',
  );
  const arrived = await until('carol’s e-mail', () => smtp.received[before]);
  expect(arrived.to).toEqual(['carol@demo.example']);
  expect(arrived.mail.subject).toBe('Your one-time password for registering your card');
});
