import { describe, expect, it } from 'vitest';
import { benchConfig } from './bench-config.mjs';

const shipped = {
  tenantUrl: 'https://your-tenant.example.com/',
  terminalKey: 'paste-the-terminal-key-from-the-portal',
  conversion: 'ASCII2Hex',
  reader: { kind: 'keyboard', debounceMs: 800 },
};

describe('benchConfig', () => {
  it('replaces the two placeholders with the bench tenant and keeps the shell’s own settings', () => {
    const config = benchConfig(shipped, {
      tenantUrl: 'http://127.0.0.1:5291/',
      terminalKey: 'demo-terminal-key',
    });
    expect(config).toEqual({
      ...shipped,
      tenantUrl: 'http://127.0.0.1:5291/',
      terminalKey: 'demo-terminal-key',
    });
    expect(shipped.tenantUrl).toBe('https://your-tenant.example.com/');
  });

  it('refuses a file that is not a config of settings', () => {
    const tenant = { tenantUrl: 'http://127.0.0.1:5291/', terminalKey: 'k' };
    expect(() => benchConfig([] as unknown as Record<string, unknown>, tenant)).toThrow(/one object/);
    expect(() => benchConfig({ conversion: '' }, tenant)).toThrow(/tenantUrl/);
  });
});
