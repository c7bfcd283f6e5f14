// The cold-start floor (issue 17): a bare page with one small classic script that paints one line, served
// and loaded exactly as a shell's panel is (panel-host.mjs, no cache), so "Swipe your card" painted from
// navigation start is what no panel can beat in this browser on this machine.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The line it paints: the idle heading, so the bench's cold-start stopwatch measures it unchanged. */
export const COLD_FLOOR_LINE = 'Swipe your card';

/**
 * Writes the bare page into a new temporary directory shaped like a shell's dist/panel (its config.json
 * only satisfies the panel host, nothing reads it) and returns the directory.
 * @returns {string}
 */
export function writeColdFloor() {
  const dir = mkdtempSync(join(tmpdir(), 'cardenroll-cold-floor-'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>cold floor</title></head>\n<body><script defer src="./floor.js"></script></body></html>\n',
  );
  writeFileSync(
    join(dir, 'floor.js'),
    `var line = document.createElement('h1');\nline.textContent = ${JSON.stringify(COLD_FLOOR_LINE)};\ndocument.body.appendChild(line);\n`,
  );
  writeFileSync(join(dir, 'config.json'), '{ "tenantUrl": "", "terminalKey": "" }\n');
  return dir;
}
