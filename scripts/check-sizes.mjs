// `node scripts/check-sizes.mjs`: fails when a shell's panel loads more before "Swipe your card" than
// scripts/size-budget.mjs allows, and reports the whole package beside it. Sizes are deterministic
// (reproducible builds, gzip -9 of each file), so this is a test, not a benchmark.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shippedSizes, totalOf } from './bench/sizes.mjs';
import { startupSize } from './bench/startup-sizes.mjs';
import { judgeSize } from './size-budget.mjs';

const apps = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'apps');
let failed = false;
for (const name of readdirSync(apps).sort()) {
  const manifest = join(apps, name, 'package.json');
  if (!existsSync(manifest)) continue;
  const target = JSON.parse(readFileSync(manifest, 'utf8')).panel?.target;
  if (target !== 'es5' && target !== 'modern') continue;
  const dist = join(apps, name, 'dist', 'panel');
  if (!existsSync(dist)) {
    console.error(`✖ ${name}: no build at ${dist}; run npm run build first`);
    failed = true;
    continue;
  }
  const verdict = judgeSize({
    shell: name,
    target,
    startupGzip: startupSize(dist).gzip,
    wholeGzip: totalOf(shippedSizes(dist)).gzip,
  });
  console.log(`${verdict.ok ? '✔' : '✖'} ${verdict.line}`);
  failed ||= !verdict.ok;
}
process.exit(failed ? 1 : 0);
