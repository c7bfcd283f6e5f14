// Finds the old engine the legacy shells are tested in (QtWebKit 5.212 through Debian's PyQt5, under
// Xvfb), or installs it when this machine allows, as chromium.mjs does for the panel simulations.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureDebianPackages } from './debian-packages.mjs';

/** Debian's own Python: the one python3-pyqt5.qtwebkit installs into (a pyenv python first on PATH has no PyQt5). */
export const debianPython = '/usr/bin/python3';
export const xvfb = '/usr/bin/Xvfb';

function hasQtWebKit() {
  return (
    existsSync(debianPython) &&
    spawnSync(debianPython, ['-c', 'import PyQt5.QtWebKitWidgets'], { stdio: 'ignore' }).status === 0
  );
}

/**
 * Returns the Python and Xvfb to run the old-engine journeys with, installing Debian's
 * `python3-pyqt5.qtwebkit` and `xvfb` with apt-get when they are missing and allowed (debian-packages.mjs).
 * @returns {{ ok: true, python: string, xvfb: string } | { ok: false, message: string }}
 */
export function ensureOldEngine() {
  const installed = ensureDebianPackages("the old-engine simulations (QtWebKit for Debian's python3, Xvfb)", [
    { name: 'python3-pyqt5.qtwebkit', present: hasQtWebKit },
    { name: 'xvfb', present: () => existsSync(xvfb) },
  ]);
  return installed.ok ? { ok: true, python: debianPython, xvfb } : installed;
}
