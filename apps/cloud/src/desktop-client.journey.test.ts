import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './config';
import { type ServiceProcess, spawnService } from './testing/service-process';
import { portalClient, terminalClient } from './testing/test-cloud';

// The desktop client's whole journey against the real service process, as a person goes through it:
// `login` in a terminal window, confirm in the portal, `otp`, type the code at the printer, `logout`.

const clientMain = fileURLToPath(new URL('../../client/src/main.ts', import.meta.url));

let service: ServiceProcess;
let dataDir: string;
let configHome: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'device-journey-data-'));
  configHome = mkdtempSync(join(tmpdir(), 'device-journey-config-'));
  service = await spawnService(dataDir);
});
afterAll(async () => {
  await service?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(configHome, { recursive: true, force: true });
});

interface Run {
  readonly child: ChildProcess;
  /** Resolves with the first stdout text matching `pattern`. */
  waitFor(pattern: RegExp): Promise<RegExpExecArray>;
  readonly done: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

/** The real client as a child process, with its config under this journey's temp dir. */
function client(...args: string[]): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', clientMain, ...args], {
    cwd: repoRoot,
    env: { ...process.env, XDG_CONFIG_HOME: configHome, CARDENROLL_SERVICE: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters: { pattern: RegExp; resolve: (m: RegExpExecArray) => void }[] = [];
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const waiter of [...waiters]) {
      const match = waiter.pattern.exec(stdout);
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout, stderr })),
  );
  return {
    child,
    done,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const match = pattern.exec(stdout);
        if (match) return resolve(match);
        waiters.push({ pattern, resolve });
        void done.then(() => reject(new Error(`client ended without ${pattern}:\n${stdout}\n${stderr}`)));
      }),
  };
}

const sessionFile = () => join(configHome, 'cardenroll', 'session.json');
const baseUrl = () => service.url.replace(/\/$/, '');

describe('the desktop client against the real service', () => {
  it('logs in through the portal, prints an OTP that registers a card once, and logs out', async () => {
    const login = client('login', '--service', baseUrl());
    const [, page, code = ''] = await login.waitFor(
      /Open (\S+)\n\s+2\. Sign in, and enter the code ([A-Z]{4}-[A-Z]{4})/,
    );
    expect(page).toBe(`${baseUrl()}/portal/device`);

    // Alice confirms in the portal, signed in with her password (CSRF token and Origin, as the portal sends).
    const browser = portalClient(service.url);
    expect((await browser.login('alice', 'alice-demo-pass')).status).toBe(200);
    const view = await browser.get(`device/${code}`);
    expect(view.body).toMatchObject({ clientName: 'Card enrollment desktop client', userCode: code });
    expect((await browser.post(`device/${code}/approve`)).status).toBe(204);

    const loggedIn = await login.done;
    expect(loggedIn.code).toBe(0);
    expect(loggedIn.stdout).toContain(`Logged in to ${baseUrl()}`);
    expect(statSync(sessionFile()).mode & 0o777).toBe(0o600);
    expect(statSync(join(configHome, 'cardenroll')).mode & 0o777).toBe(0o700);
    expect((await browser.get('me/clients')).body.clients).toHaveLength(1);

    const otpRun = await client('otp').done;
    expect(otpRun.code).toBe(0);
    const otp = /One-time password: (\d{8})/.exec(otpRun.stdout)?.[1] ?? '';
    expect(otp).toMatch(/^\d{8}$/);
    expect(otpRun.stdout).toMatch(/Valid until .*\(\d{4}-\d\d-\d\dT[\d:.]+Z\)/);

    // At the printer: an unknown card, then Alice's username and the OTP register it to her.
    const panel = terminalClient(service.url, 'demo-terminal-key');
    const enrolled = await panel.enroll({
      enrollmentToken: await panel.tokenFor('D35C0FFEE01'),
      username: 'alice',
      secret: otp,
    });
    expect(enrolled.status).toBe(201);
    const owner = await panel.identify('D35C0FFEE01');
    expect(owner.body).toMatchObject({ status: 'assigned', user: { username: 'alice' } });
    // The same OTP a second time registers nothing.
    const again = await panel.enroll({
      enrollmentToken: await panel.tokenFor('D35C0FFEE02'),
      username: 'alice',
      secret: otp,
    });
    expect(again.status).toBe(401);
    // Keep a copy of the saved sign-in, to show the service itself refuses it after logout.
    const stolen = join(configHome, 'stolen.json');
    copyFileSync(sessionFile(), stolen);
    const logout = await client('logout').done;
    expect(logout.code).toBe(0);
    expect(existsSync(sessionFile())).toBe(false);

    const refused = await client('otp').done;
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Not logged in. Run: cardenroll-client login --service');

    copyFileSync(stolen, sessionFile());
    const revoked = await client('otp').done;
    expect(revoked.code).toBe(1);
    expect(revoked.stderr).toContain('no longer valid');
    expect(revoked.stdout).not.toMatch(/\d{8}/);

    // The administrator's audit log tells the story, without a code or a token.
    const admin = portalClient(service.url);
    await admin.login('admin', 'admin-demo-pass');
    const events = (await admin.get('audit?limit=50')).body.events as { kind: string; detail: string }[];
    const kinds = events.map((event) => `${event.kind}: ${event.detail}`);
    expect(kinds).toContain('otp_issued: desktop client');
    expect(kinds).toContain('client_connected: Card enrollment desktop client');
    expect(kinds).toContain('client_revoked: Card enrollment desktop client: signed out');
    expect(JSON.stringify(events)).not.toContain(otp);
  });

  it('says plainly when the service cannot be reached', async () => {
    // A port the OS just handed out and took back: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const down = await client('login', '--service', `http://127.0.0.1:${port}`).done;
    expect(down.code).toBe(1);
    expect(down.stderr).toContain(
      `Cannot reach the card service at http://127.0.0.1:${port} (ECONNREFUSED).`,
    );
  });
});
