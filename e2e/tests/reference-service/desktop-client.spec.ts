import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { ConnectDesktopClientPage } from '../../pages/portal/ConnectDesktopClientPage';
import { PortalSignInPage } from '../../pages/portal/PortalSignInPage';
import { expect, test } from '../../support/fixtures';
import { demo } from '../../support/journeys';
import { referenceService } from '../../support/reference-service';

/**
 * The desktop client as shipped (the one bundled file `npm run build` makes) against the reference service,
 * through the simulator's origin as `npm start` serves it; the person approves in a real browser.
 * Carol: her one-time password is nobody else's test's (Bob's is).
 */

const bundle = fileURLToPath(new URL('../../../apps/client/dist/cardenroll-client.mjs', import.meta.url));
const service = `http://127.0.0.1:${referenceService.simulatorPort}`;

function runClient(configHome: string, ...args: string[]) {
  const child: ChildProcess = spawn(process.execPath, [bundle, ...args], {
    env: { ...process.env, XDG_CONFIG_HOME: configHome },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const done = new Promise<{ code: number | null; stdout: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout })),
  );
  return { child, done, stdout: () => stdout };
}

test.describe('the desktop client with the reference service', () => {
  test.describe.configure({ timeout: 60_000 });

  test('login sends the person to the portal, who approves; then otp prints a code', async ({ browser }) => {
    const configHome = mkdtempSync(join(tmpdir(), 'e2e-desktop-client-'));
    try {
      const login = runClient(configHome, 'login', '--service', service);
      await expect.poll(login.stdout).toMatch(/Or open \S+/);
      const link = /Or open (\S+)/.exec(login.stdout())?.[1] ?? '';
      const code = /enter the code ([A-Z]{4}-[A-Z]{4})/.exec(login.stdout())?.[1] ?? '';
      expect(link).toBe(`${service}/portal/device?code=${code}`);

      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(link);
      const signIn = new PortalSignInPage(page);
      await expect(
        page.getByText('Sign in to connect the desktop client that shows you a code.'),
      ).toBeVisible();
      await signIn.signIn(demo.carol.username, demo.carol.secret);
      const connect = new ConnectDesktopClientPage(page);
      await expect(connect.question(demo.carol.displayName)).toBeVisible();
      await expect(connect.codeCheck(code)).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      await connect.approve();
      await expect(connect.connected).toBeVisible();

      expect(await login.done).toMatchObject({ code: 0 });
      const otp = await runClient(configHome, 'otp').done;
      expect(otp.code).toBe(0);
      expect(otp.stdout).toMatch(/^One-time password: \d{8}$/m);
      expect((await runClient(configHome, 'logout').done).code).toBe(0);
      await context.close();
    } finally {
      rmSync(configHome, { recursive: true, force: true });
    }
  });
});
