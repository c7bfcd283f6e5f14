import { chmod, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** What `login` keeps: where the service is, and the refresh token (never the access token). */
export interface ClientConfig {
  readonly service: string;
  readonly clientId: string;
  readonly refreshToken: string;
  /** When `login` finished, ISO 8601. */
  readonly connectedAt: string;
}

/** Where the config lives, per platform (docs/desktop-client.md). */
export interface ConfigPlace {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly home: string;
}

/**
 * The directory of this client's config: `%APPDATA%\cardenroll` on Windows, else
 * `$XDG_CONFIG_HOME/cardenroll`, else `~/.config/cardenroll`. An XDG path that is not absolute is ignored,
 * as the XDG Base Directory specification says.
 */
export function configDirOf({ env, platform, home }: ConfigPlace): string {
  if (platform === 'win32' && env.APPDATA) return join(env.APPDATA, 'cardenroll');
  const xdg = env.XDG_CONFIG_HOME;
  if (xdg?.startsWith('/')) return join(xdg, 'cardenroll');
  return join(home, '.config', 'cardenroll');
}

export const configFileName = 'session.json';

const isConfig = (value: unknown): value is ClientConfig => {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['service', 'clientId', 'refreshToken', 'connectedAt'].every(
    (key) => typeof record[key] === 'string',
  );
};

const hasCode = (error: unknown, code: string) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;

/**
 * The config file, owner-only: the directory 0700 and the file 0600, written to a new file and renamed
 * over the old one, so a crash never leaves half a token and no moment exists when the file is readable
 * by others. (Windows keeps a user's %APPDATA% private by its ACLs; the modes do nothing there.)
 */
export function configFile(dir: string) {
  const path = join(dir, configFileName);
  return {
    dir,
    path,
    /** The saved sign-in, or null when there is none. A file others may read is made owner-only first. */
    async read(): Promise<{ config: ClientConfig; tightened: boolean } | null> {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if (hasCode(error, 'ENOENT')) return null;
        throw error;
      }
      let tightened = false;
      if (process.platform !== 'win32' && ((await stat(path)).mode & 0o077) !== 0) {
        await chmod(path, 0o600);
        tightened = true;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return null;
      }
      return isConfig(parsed) ? { config: parsed, tightened } : null;
    },
    async write(config: ClientConfig): Promise<void> {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      // mkdir leaves an existing directory's mode alone; this one is ours, so it is made owner-only.
      if (process.platform !== 'win32') await chmod(dir, 0o700);
      const temporary = `${path}.${process.pid}.tmp`;
      const handle = await open(temporary, 'w', 0o600);
      try {
        await handle.writeFile(`${JSON.stringify(config, null, 2)}\n`, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, path);
    },
    async remove(): Promise<void> {
      await rm(path, { force: true });
    },
    /**
     * Runs `work` holding the config's lock, so two `otp` at once never both spend one refresh token (the
     * service would take the second for a stolen copy and end the sign-in). A lock older than 60 s is left
     * from a crash and broken.
     */
    async locked<T>(work: () => Promise<T>, sleep: (ms: number) => Promise<void>): Promise<T> {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const lockPath = join(dir, 'session.lock');
      for (let attempt = 0; ; attempt++) {
        try {
          const handle = await open(lockPath, 'wx', 0o600);
          await handle.close();
          break;
        } catch (error) {
          if (!hasCode(error, 'EEXIST')) throw error;
          const age = Date.now() - (await stat(lockPath).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
          if (age > 60_000) await rm(lockPath, { force: true });
          else if (attempt >= 100) throw new Error(`another cardenroll-client holds ${lockPath}`);
          else await sleep(100);
        }
      }
      try {
        return await work();
      } finally {
        await rm(lockPath, { force: true });
      }
    },
  };
}

export type ConfigFile = ReturnType<typeof configFile>;
