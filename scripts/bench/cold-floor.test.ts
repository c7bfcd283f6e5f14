import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLD_FLOOR_LINE, writeColdFloor } from './cold-floor.mjs';
import { texts } from './panel.mjs';

describe('writeColdFloor', () => {
  it('writes a page with one classic script that paints the idle heading, and a config the host accepts', () => {
    const dir = writeColdFloor();
    try {
      expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain(
        '<script defer src="./floor.js"></script>',
      );
      expect(readFileSync(join(dir, 'floor.js'), 'utf8')).toContain(JSON.stringify(texts.idle));
      expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toEqual({
        tenantUrl: '',
        terminalKey: '',
      });
      expect(COLD_FLOOR_LINE).toBe(texts.idle);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
