// Finds Debian's chromium for the panel simulations, or installs it when this machine allows (and the
// fit checks' fonts with it, panel-fonts.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensurePanelFonts } from './panel-fonts.mjs';

const debianPath = '/usr/bin/chromium';

/**
 * Returns the browser to drive, installing Debian's `chromium` with apt-get when none is found, we are
 * root and CARDENROLL_NO_INSTALL is unset. Playwright's own browser download cannot work here.
 * @returns {{ ok: true, path: string } | { ok: false, message: string }}
 */
export function ensureChromium() {
  // The panel simulations' fit checks lay the screens out in two fonts of their own; a missing one fails
  // those checks by name, so here it only earns a warning.
  const fonts = ensurePanelFonts();
  if (!fonts.ok) console.warn(`! ${fonts.message}`);
  const wanted = process.env.CHROMIUM_PATH ?? debianPath;
  if (existsSync(wanted)) return { ok: true, path: wanted };
  if (process.env.CHROMIUM_PATH) {
    return { ok: false, message: `CHROMIUM_PATH is set to ${wanted}, but there is no browser there.` };
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  const manual = 'Install it with `sudo apt-get install -y chromium`, or point CHROMIUM_PATH at a Chromium.';
  if (process.env.CARDENROLL_NO_INSTALL) {
    return {
      ok: false,
      message: `No chromium at ${debianPath}, and CARDENROLL_NO_INSTALL forbids installing it. ${manual}`,
    };
  }
  if (!isRoot || !hasApt) {
    return {
      ok: false,
      message: `No chromium at ${debianPath}, and this user cannot install it with apt-get. ${manual}`,
    };
  }
  console.log(`\n▶ No chromium at ${debianPath}: installing Debian's chromium with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0
      ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env })
      : update;
  if (install.status !== 0 || !existsSync(debianPath)) {
    return { ok: false, message: `apt-get could not install chromium (exit ${install.status}). ${manual}` };
  }
  return { ok: true, path: debianPath };
}
