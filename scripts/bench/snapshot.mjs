// A copy of each shell's build, taken once at the start: the bench runs for a quarter of an hour, and a
// build started meanwhile (by someone else on the machine, or an editor's watcher) must not swap files
// under a page that is loading them. Sizes and timings then describe the same build.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The local files an index.html loads (`src` and `href` that are relative paths), e.g. `assets/index-x.js`.
 * @param {string} html
 * @returns {string[]}
 */
export function localFilesOf(html) {
  const files = [];
  for (const [, url] of html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/gi)) {
    if (!url || /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url)) continue;
    files.push(url.replace(/^\.\//, '').replace(/[?#].*$/, ''));
  }
  return files;
}

/**
 * Whether `dir` holds a whole build: an index.html and every local file it loads.
 * @param {string} dir
 */
function isWhole(dir) {
  const index = join(dir, 'index.html');
  if (!existsSync(index) || !existsSync(join(dir, 'config.json'))) return false;
  return localFilesOf(readFileSync(index, 'utf8')).every((file) => existsSync(join(dir, file)));
}

/**
 * Copies `panelDir` into a temporary directory, retrying while the copy is not a whole build (a build
 * was writing it); fails after a few tries.
 * @param {string} panelDir
 * @param {{ attempts?: number, waitMs?: number }} [retry]
 * @returns {Promise<{ dir: string, remove: () => void }>}
 */
export async function snapshotPanel(panelDir, { attempts = 5, waitMs = 2000 } = {}) {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const dir = join(mkdtempSync(join(tmpdir(), 'cardenroll-bench-panel-')), 'panel');
    try {
      cpSync(panelDir, dir, { recursive: true });
    } catch {
      // A file vanished while it was copied: a build is running; try again below.
    }
    const remove = () => rmSync(dirname(dir), { recursive: true, force: true });
    if (isWhole(dir)) return { dir, remove };
    remove();
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
  throw new Error(`${panelDir} is not a whole build (a build is running, or it failed): run npm run build`);
}
