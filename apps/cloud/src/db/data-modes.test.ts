import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestCloud, type TestCloud } from '../testing/test-cloud';
import { dataFileIn, openDatabase } from './open-database';

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

let t: TestCloud | null = null;
let root: string | null = null;
afterEach(async () => {
  await t?.stop();
  t = null;
  if (root !== null) rmSync(root, { recursive: true, force: true });
  root = null;
});

/** A scratch directory that holds the data directory, with a permissive umask's modes. */
function scratch(): string {
  root = mkdtempSync(join(tmpdir(), 'cloud-modes-'));
  chmodSync(root, 0o755);
  return root;
}

describe('the data directory and files', () => {
  it('are created 0700 and 0600, the -wal and -shm companions too', async () => {
    const dataDir = join(scratch(), 'data');
    t = await startTestCloud({ dataDir });
    await t.demoTerminal.identify('AB12');
    const file = dataFileIn(dataDir);
    expect([dataDir, file, `${file}-wal`, `${file}-shm`].map(modeOf)).toEqual(['700', '600', '600', '600']);
  });

  it('are tightened at start when they could be read by others, and the log says so', async () => {
    const dataDir = join(scratch(), 'data');
    openDatabase(dataDir).close();
    const file = dataFileIn(dataDir);
    chmodSync(dataDir, 0o755);
    chmodSync(file, 0o644);
    writeFileSync(`${file}-wal`, '', { mode: 0o666 });
    chmodSync(`${file}-wal`, 0o666);
    t = await startTestCloud({ dataDir });
    expect([dataDir, file, `${file}-wal`].map(modeOf)).toEqual(['700', '600', '600']);
    expect(t.lines.filter((line) => line.startsWith('tightened'))).toEqual([
      `tightened the mode of ${dataDir} 755 → 700`,
      `tightened the mode of ${file} 644 → 600`,
      `tightened the mode of ${file}-wal 666 → 600`,
    ]);
  });
});
