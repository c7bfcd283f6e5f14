import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localFilesOf, snapshotPanel } from './snapshot.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('localFilesOf', () => {
  it('lists the relative files a page loads, and nothing from elsewhere', () => {
    const html = `<link rel="icon" href="data:,"><link rel="stylesheet" href="./assets/style-A.css">
      <script defer src="./assets/index-B.js?v=1"></script><a href="https://x.example/">x</a><a href="#top">t</a>`;
    expect(localFilesOf(html)).toEqual(['assets/style-A.css', 'assets/index-B.js']);
  });
});

describe('snapshotPanel', () => {
  it('copies a whole build, which then stays as it was', async () => {
    const build = mkdtempSync(join(tmpdir(), 'snapshot-test-'));
    dirs.push(build);
    mkdirSync(join(build, 'assets'));
    writeFileSync(join(build, 'index.html'), '<script src="./assets/a.js"></script>');
    writeFileSync(join(build, 'assets', 'a.js'), 'first');
    writeFileSync(join(build, 'config.json'), '{}');
    const snapshot = await snapshotPanel(build);
    writeFileSync(join(build, 'assets', 'a.js'), 'rebuilt');
    expect(readFileSync(join(snapshot.dir, 'assets', 'a.js'), 'utf8')).toBe('first');
    snapshot.remove();
  });

  it('refuses a build whose page loads a file it does not have (a build is writing it)', async () => {
    const build = mkdtempSync(join(tmpdir(), 'snapshot-test-'));
    dirs.push(build);
    writeFileSync(join(build, 'index.html'), '<script src="./assets/gone.js"></script>');
    writeFileSync(join(build, 'config.json'), '{}');
    await expect(snapshotPanel(build, { attempts: 2, waitMs: 1 })).rejects.toThrow(/not a whole build/);
  });
});
