// Builds a shell a second time, into a temporary directory, only to learn what its JS is made of.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sharesOf } from './shares.mjs';

/**
 * Runs the shell's own vite.config.ts through Vite's JS API with one extra plugin, which sums each
 * module's rendered length (after tree-shaking, before minification and before the ES5 lowering and
 * polyfills that panel-build adds in renderChunk) by package. The shipped build is not touched.
 * @param {string} appDir e.g. /repo/apps/webclient
 * @returns {Promise<import('./shares.mjs').Share[]>}
 */
export async function jsSharesOf(appDir) {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'cardenroll-bench-'));
  /** @type {[string, number][]} */
  const modules = [];
  /** @type {import('vite').Plugin} */
  const statsPlugin = {
    name: 'cardenroll:bench-stats',
    apply: 'build',
    generateBundle(_, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const [id, info] of Object.entries(output.modules)) modules.push([id, info.renderedLength]);
      }
    },
  };
  try {
    await build({
      root: appDir,
      configFile: resolve(appDir, 'vite.config.ts'),
      logLevel: 'silent',
      plugins: [statsPlugin],
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  return sharesOf(modules);
}
