import { readFileSync } from 'node:fs';
import {
  compileReadConverter,
  EXAMPLE_TENANT_URL,
  EXAMPLE_TERMINAL_KEY,
  parseTerminalConfigText,
  shellDefaults,
} from '@cardenroll/core';
import { describe, expect, it } from 'vitest';

// The config.json each package ships documents the defaults: it must say what the code does, and it must
// refuse to run until an installer has filled in the tenant and the terminal key.
describe.each(['webclient', 'iws', 'workpath'] as const)('the %s package’s config.json', (shell) => {
  const text = readFileSync(new URL(`../../../apps/${shell}/public/config.json`, import.meta.url), 'utf8');

  it('holds the example tenant and key, which the panel refuses', () => {
    expect(parseTerminalConfigText(text, shell, compileReadConverter)).toEqual({
      ok: false,
      problems: [
        { kind: 'notSet', field: 'tenantUrl' },
        { kind: 'notSet', field: 'terminalKey' },
      ],
    });
  });

  it('is, with those two filled in, exactly the shell’s defaults', () => {
    const filled = text
      .replace(EXAMPLE_TENANT_URL, 'https://acme.example.com/')
      .replace(EXAMPLE_TERMINAL_KEY, 'terminal-key');
    const result = parseTerminalConfigText(filled, shell, compileReadConverter);
    expect(result).toEqual({
      ok: true,
      config: {
        ...shellDefaults[shell],
        tenantUrl: 'https://acme.example.com/',
        terminalKey: 'terminal-key',
      },
    });
  });
});
