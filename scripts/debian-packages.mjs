// Installs the Debian packages a test step needs when they are missing, this user is root, apt-get exists
// and CARDENROLL_NO_INSTALL is unset — as chromium.mjs does for the browser — and otherwise says exactly
// what is missing and how to install it.
import { spawnSync } from 'node:child_process';

/**
 * @typedef {{ name: string, present: () => boolean }} DebianPackage
 * A package by its Debian name, with a check that what the step uses from it is on this machine.
 */

/**
 * @param {string} purpose what the packages are for, as a step name ("the service journeys")
 * @param {DebianPackage[]} packages
 * @returns {{ ok: true } | { ok: false, message: string }}
 */
export function ensureDebianPackages(purpose, packages) {
  const missing = () => packages.filter((wanted) => !wanted.present()).map((wanted) => wanted.name);
  const before = missing();
  if (before.length === 0) return { ok: true };
  const what = `Missing for ${purpose}: ${before.join(', ')}.`;
  const manual = `Install with \`sudo apt-get install -y ${before.join(' ')}\`.`;
  if (process.env.CARDENROLL_NO_INSTALL) {
    return { ok: false, message: `${what} CARDENROLL_NO_INSTALL forbids installing them. ${manual}` };
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    return { ok: false, message: `${what} This user cannot install them with apt-get. ${manual}` };
  }
  console.log(`\n▶ ${what} Installing them with apt-get…`);
  // Noninteractive: slapd and postgresql ask debconf questions, and their defaults are what tests want
  // (the tests run throw-away servers of their own, never the system's).
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0
      ? spawnSync('apt-get', ['install', '-y', '-qq', ...before], { stdio: 'inherit', env })
      : update;
  const still = missing();
  if (install.status !== 0 || still.length > 0) {
    return {
      ok: false,
      message: `apt-get could not install ${(still.length ? still : before).join(', ')} (exit ${install.status}). ${manual}`,
    };
  }
  return { ok: true };
}
