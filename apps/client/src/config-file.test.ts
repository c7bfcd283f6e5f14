import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configDirOf, configFile } from './config-file';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'client-config-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const config = {
  service: 'https://cards.example.org',
  clientId: 'cardenroll-desktop',
  refreshToken: 'cer_secret',
  connectedAt: '2030-01-01T08:00:00.000Z',
};
const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('where the config lives', () => {
  it('follows XDG_CONFIG_HOME, else ~/.config, and %APPDATA% on Windows', () => {
    expect(configDirOf({ env: { XDG_CONFIG_HOME: '/x/conf' }, platform: 'linux', home: '/home/a' })).toBe(
      '/x/conf/cardenroll',
    );
    expect(configDirOf({ env: {}, platform: 'darwin', home: '/Users/a' })).toBe(
      '/Users/a/.config/cardenroll',
    );
    // A relative XDG path is to be ignored (XDG Base Directory specification).
    expect(configDirOf({ env: { XDG_CONFIG_HOME: 'conf' }, platform: 'linux', home: '/home/a' })).toBe(
      '/home/a/.config/cardenroll',
    );
    expect(
      configDirOf({
        env: { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' },
        platform: 'win32',
        home: 'C:\\Users\\a',
      }),
    ).toContain('cardenroll');
  });
});

describe.skipIf(process.platform === 'win32')('the config file', () => {
  it('is written owner-only, in an owner-only directory, and read back', async () => {
    const dir = join(tempDir(), 'cardenroll');
    const file = configFile(dir);
    expect(await file.read()).toBeNull();
    await file.write(config);
    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(file.path)).toBe(0o600);
    expect(await file.read()).toEqual({ config, tightened: false });
    // No temporary file is left beside it.
    expect(readdirSync(dir)).toEqual(['session.json']);
    await file.remove();
    expect(await file.read()).toBeNull();
  });

  it('makes an existing directory and a file others could read owner-only', async () => {
    const dir = join(tempDir(), 'cardenroll');
    mkdirSync(dir, { mode: 0o755 });
    chmodSync(dir, 0o755);
    const file = configFile(dir);
    await file.write(config);
    expect(modeOf(dir)).toBe(0o700);
    chmodSync(file.path, 0o644);
    expect(await file.read()).toEqual({ config, tightened: true });
    expect(modeOf(file.path)).toBe(0o600);
  });

  it('reads a damaged file as no sign-in', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'session.json'), '{"service":', { mode: 0o600 });
    expect(await configFile(dir).read()).toBeNull();
  });

  it('runs one locked piece of work at a time, and breaks nothing when work throws', async () => {
    const file = configFile(tempDir());
    const order: string[] = [];
    let release: () => void = () => {};
    let entered: () => void = () => {};
    const inside = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const first = file.locked(
      () =>
        new Promise<void>((resolve) => {
          order.push('first in');
          release = () => {
            release = () => {};
            order.push('first out');
            resolve();
          };
          entered();
        }),
      async () => {},
    );
    await inside;
    // The second waits on the first without a real sleep: its "sleep" lets the first finish.
    const second = file.locked(
      async () => {
        order.push('second');
      },
      async () => release(),
    );
    await Promise.all([first, second]);
    expect(order).toEqual(['first in', 'first out', 'second']);
    await expect(
      file.locked(
        () => Promise.reject(new Error('boom')),
        async () => {},
      ),
    ).rejects.toThrow('boom');
    await file.locked(
      async () => order.push('after'),
      async () => {},
    );
    expect(order.at(-1)).toBe('after');
  });
});
