// `npm run test:e2e [-- playwright args]`: the panel simulations alone, against what `npm run build` left.
// Finds (or installs) Debian's chromium the way `npm test` does, then hands the rest to Playwright.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';

const browser = ensureChromium();
if (!browser.ok) {
  console.error(`✖ panel simulations: ${browser.message}`);
  process.exit(1);
}
const result = spawnSync(
  'npx',
  ['playwright', 'test', '-c', 'e2e/playwright.config.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: browser.path },
  },
);
process.exit(result.status ?? 1);
