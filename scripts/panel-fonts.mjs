// The two font families the fit checks lay every screen out in (e2e/support/layout.ts): installed with
// apt-get when missing, as chromium is, when this machine allows.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's package for each family, and a file it installs. */
const fonts = [
  {
    family: 'DejaVu Sans',
    pkg: 'fonts-dejavu-core',
    file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  },
  {
    family: 'Noto Sans',
    pkg: 'fonts-noto-core',
    file: '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf',
  },
];

/**
 * Installs the missing fit fonts with apt-get if we are root, apt-get exists and CARDENROLL_NO_INSTALL is
 * unset; otherwise says what to install. A font found elsewhere (another distribution) is found by the
 * fit check itself, which names any family it cannot lay the panel out in.
 * @returns {{ ok: boolean, message?: string }}
 */
export function ensurePanelFonts() {
  const missing = fonts.filter((font) => !existsSync(font.file));
  if (missing.length === 0) return { ok: true };
  const packages = missing.map((font) => font.pkg);
  const manual = `The fit checks need ${missing.map((font) => font.family).join(' and ')}: sudo apt-get install -y ${packages.join(' ')}.`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (process.env.CARDENROLL_NO_INSTALL || !isRoot || !hasApt) return { ok: false, message: manual };
  console.log(`\n▶ Installing the fit checks' fonts with apt-get: ${packages.join(' ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0
      ? spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env })
      : update;
  if (install.status !== 0)
    return { ok: false, message: `apt-get failed (exit ${install.status}). ${manual}` };
  return { ok: true };
}
