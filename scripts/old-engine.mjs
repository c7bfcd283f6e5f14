// Finds the old engine the legacy shells are tested in (QtWebKit 5.212 through Debian's PyQt5, under
// Xvfb), or installs it when this machine allows, as chromium.mjs does for the panel simulations.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's own Python: the one python3-pyqt5.qtwebkit installs into (a pyenv python first on PATH has no PyQt5). */
export const debianPython = '/usr/bin/python3';
export const xvfb = '/usr/bin/Xvfb';

/** What is missing, as the Debian packages that bring it. */
function missingPackages() {
  const missing = [];
  const qtWebKit =
    existsSync(debianPython) &&
    spawnSync(debianPython, ['-c', 'import PyQt5.QtWebKitWidgets'], { stdio: 'ignore' }).status === 0;
  if (!qtWebKit) missing.push('python3-pyqt5.qtwebkit');
  if (!existsSync(xvfb)) missing.push('xvfb');
  return missing;
}

/**
 * Returns the Python and Xvfb to run the old-engine journeys with, installing Debian's
 * `python3-pyqt5.qtwebkit` and `xvfb` with apt-get when they are missing, we are root and
 * CARDENROLL_NO_INSTALL is unset.
 * @returns {{ ok: true, python: string, xvfb: string } | { ok: false, message: string }}
 */
export function ensureOldEngine() {
  const missing = missingPackages();
  if (missing.length === 0) return { ok: true, python: debianPython, xvfb };
  const what = `Missing for the old-engine simulations: ${missing.join(', ')} (QtWebKit for ${debianPython}, Xvfb).`;
  const manual = `Install with \`sudo apt-get install -y ${missing.join(' ')}\`.`;
  if (process.env.CARDENROLL_NO_INSTALL) {
    return { ok: false, message: `${what} CARDENROLL_NO_INSTALL forbids installing them. ${manual}` };
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    return { ok: false, message: `${what} This user cannot install them with apt-get. ${manual}` };
  }
  console.log(`\n▶ ${what} Installing them with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0
      ? spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env })
      : update;
  const still = missingPackages();
  if (install.status !== 0 || still.length > 0) {
    return {
      ok: false,
      message: `apt-get could not install ${still.join(', ') || missing.join(', ')} (exit ${install.status}). ${manual}`,
    };
  }
  return { ok: true, python: debianPython, xvfb };
}
