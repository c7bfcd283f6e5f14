// `npm run package` end to end, on fixture trees shaped like the real shells' builds.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const script = join(dirname(fileURLToPath(import.meta.url)), '..', 'package.mjs');
const config = '{\n  "tenantUrl": "https://your-tenant.example.com/"\n}\n';

let root: string;

function write(path: string, content: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

/** A shell as the build leaves it: package.json, INSTALL.md, public/config.json and dist/panel. */
function shell(name: string, packageJson: object, options: { built?: boolean } = {}) {
  write(`apps/${name}/package.json`, JSON.stringify({ name: `@cardenroll/${name}`, ...packageJson }));
  write(`apps/${name}/INSTALL.md`, `# Installing the ${name} shell\n`);
  write(`apps/${name}/public/config.json`, config);
  if (options.built === false) return;
  write(`apps/${name}/dist/panel/index.html`, '<!doctype html><title>panel</title>');
  write(`apps/${name}/dist/panel/config.json`, config);
  write(`apps/${name}/dist/panel/assets/index-1a2b.js`, 'var panel = 1;');
  write(`apps/${name}/dist/panel/assets/index-3c4d.css`, 'body { margin: 0 }');
  write(`apps/${name}/dist/panel/.DS_Store`, 'finder litter');
}

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [script, '--root', root, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const zip = (name: string) => readFileSync(join(root, 'dist', 'packages', name));

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cardenroll-package-'));
  shell('webclient', { version: '0.3.0', panel: { target: 'es5' } });
  shell('iws', { version: '0.3.0' });
  shell('workpath', { version: '0.4.0-rc.1', panel: { target: 'modern', appId: 'com.example.cardenroll' } });
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('npm run package', () => {
  it('writes one zip per shell and prints its path, size and SHA-256', () => {
    const result = run([]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readdirSync(join(root, 'dist', 'packages')).sort()).toEqual([
      'iws-0.3.0.zip',
      'webclient-0.3.0.zip',
      'workpath-0.4.0-rc.1.zip',
    ]);
    for (const name of ['iws-0.3.0.zip', 'webclient-0.3.0.zip', 'workpath-0.4.0-rc.1.zip']) {
      const bytes = zip(name);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      expect(result.stdout).toContain(`dist/packages/${name}  ${bytes.length} bytes  sha256 ${sha256}`);
    }
  });

  it('packs the build, config.json, INSTALL.md and a manifest with the target and app id', () => {
    expect(run(['workpath', 'iws']).status).toBe(0);
    const files = unzipSync(zip('workpath-0.4.0-rc.1.zip'));
    expect(Object.keys(files).sort()).toEqual([
      'INSTALL.md',
      'app/assets/index-1a2b.js',
      'app/assets/index-3c4d.css',
      'app/index.html',
      'config.json',
      'manifest.json',
    ]);
    expect(strFromU8(files['config.json'] ?? new Uint8Array())).toBe(config);
    expect(strFromU8(files['INSTALL.md'] ?? new Uint8Array())).toBe('# Installing the workpath shell\n');
    const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array()));
    expect(manifest).toMatchObject({ appId: 'com.example.cardenroll', shell: 'workpath', target: 'modern' });
    const iws = JSON.parse(strFromU8(unzipSync(zip('iws-0.3.0.zip'))['manifest.json'] ?? new Uint8Array()));
    expect(iws).toMatchObject({ appId: 'com.cardenroll.panel.iws', version: '0.3.0', target: 'es5' });
    expect(existsSync(join(root, 'dist', 'packages', 'webclient-0.3.0.zip'))).toBe(false);
  });

  it('gives the same bytes on every run, and the SOURCE_DATE_EPOCH time when it is set', () => {
    expect(run(['webclient']).status).toBe(0);
    const first = zip('webclient-0.3.0.zip');
    rmSync(join(root, 'dist'), { recursive: true });
    expect(run(['webclient'], { TZ: 'Asia/Kathmandu' }).status).toBe(0);
    expect(zip('webclient-0.3.0.zip').equals(first)).toBe(true);

    expect(run(['webclient'], { SOURCE_DATE_EPOCH: '1767323106' }).status).toBe(0);
    const stamped = zip('webclient-0.3.0.zip');
    expect(stamped.equals(first)).toBe(false);
    expect(run(['webclient'], { SOURCE_DATE_EPOCH: '1767323106', TZ: 'America/New_York' }).status).toBe(0);
    expect(zip('webclient-0.3.0.zip').equals(stamped)).toBe(true);
  });

  it('says to run npm run build when a shell has not been built, and writes nothing', () => {
    shell('iws', { version: '0.3.0' }, { built: false });
    rmSync(join(root, 'apps', 'iws', 'dist'), { recursive: true });
    const result = run([]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Nothing was packaged.');
    expect(result.stderr).toContain('✖ iws: apps/iws/dist/panel/index.html not found');
    expect(result.stderr).toContain('`npm run build`');
    expect(existsSync(join(root, 'dist', 'packages'))).toBe(false);
  });

  it('refuses a build older than the shell’s config.json', () => {
    write('apps/webclient/public/config.json', '{ "tenantUrl": "https://changed.example.com/" }\n');
    const result = run(['webclient']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'apps/webclient/dist/panel/config.json differs from apps/webclient/public/config.json',
    );
  });

  it('names what is wrong with a shell’s package.json, a missing guide or an unknown shell', () => {
    write('apps/webclient/package.json', JSON.stringify({ version: '1.0.0', panel: { target: 'es3' } }));
    rmSync(join(root, 'apps', 'iws', 'INSTALL.md'));
    write('apps/workpath/package.json', JSON.stringify({ version: '1.0.0', panel: { appId: 'not an id' } }));
    const result = run([]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('"panel.target" must be "es5" or "modern"');
    expect(result.stderr).toContain('apps/iws/INSTALL.md not found');
    expect(result.stderr).toContain('"panel.appId" must be a reverse-domain id');
    expect(run(['kiosk']).stderr).toContain(
      '"kiosk" is not a shell; the shells are webclient, iws, workpath',
    );
    expect(run(['--bogus']).stderr).toContain('usage: npm run package');
  });
});
