import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { resolveSecret, Secret } from './secret';
import { loadServiceConfig, parseServiceConfig, serviceConfigPath } from './service-config';

describe('the service config file', () => {
  it('is optional at its default place and required where CLOUD_CONFIG points', () => {
    const dir = mkdtempSync(join(tmpdir(), 'config-'));
    expect(loadServiceConfig(dir, {})).toEqual({});
    expect(() => loadServiceConfig(dir, { CLOUD_CONFIG: join(dir, 'nope.json') })).toThrow(/does not exist/);
    expect(serviceConfigPath(dir, {})).toBe(join(dir, 'cloud.config.json'));
  });

  it('names what is wrong by its path', () => {
    expect(() => parseServiceConfig('{"nope": 1}', '/etc/x.json')).toThrow(/\/etc\/x\.json is not a valid/);
    expect(() => parseServiceConfig('{', '/etc/x.json')).toThrow(/not JSON/);
  });

  it('reads the file in the data directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'config-'));
    writeFileSync(join(dir, 'cloud.config.json'), '{"$comment": "site A"}');
    expect(loadServiceConfig(dir, {})).toEqual({ $comment: 'site A' });
  });
});

describe('secrets in the config', () => {
  it('come from the environment or a file, and never print themselves', () => {
    const dir = mkdtempSync(join(tmpdir(), 'secret-'));
    writeFileSync(join(dir, 'bind'), 'from-file\n');
    const fromEnv = resolveSecret({ env: 'BIND_PW' }, 'providers[0].bindPassword', { BIND_PW: 's3cret!' });
    expect(fromEnv.reveal()).toBe('s3cret!');
    expect(resolveSecret({ file: join(dir, 'bind') }, 'x').reveal()).toBe('from-file');
    for (const shown of [String(fromEnv), JSON.stringify({ fromEnv }), inspect(fromEnv), `${fromEnv}`])
      expect(shown).not.toContain('s3cret');
  });

  it('name the missing variable, never a value', () => {
    expect(() => resolveSecret({ env: 'NOT_SET' }, 'mail.password', {})).toThrow(
      'mail.password: the environment variable NOT_SET is not set',
    );
    expect(new Secret('x').toJSON()).toBe('[secret]');
  });
});
