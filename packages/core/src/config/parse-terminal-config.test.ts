import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileReadConverter } from '../card/read-converter';
import { EXAMPLE_TENANT_URL, EXAMPLE_TERMINAL_KEY, shellDefaults } from './default-terminal-config';
import { flowConfigOf } from './flow-config-of';
import {
  configuredChain,
  needsChainEngine,
  parseTerminalConfig,
  parseTerminalConfigText,
  withoutChains,
} from './parse-terminal-config';

const minimal = { tenantUrl: 'https://acme.example.net/', terminalKey: 'tk-123' };

function problemsOf(input: unknown, shell: 'webclient' | 'iws' | 'workpath' = 'webclient') {
  const result = parseTerminalConfig(input, shell, compileReadConverter);
  return result.ok ? [] : result.problems;
}

describe('parseTerminalConfig', () => {
  it('fills every default around the two required settings', () => {
    const result = parseTerminalConfig(minimal, 'webclient', compileReadConverter);
    expect(result).toEqual({ ok: true, config: { ...shellDefaults.webclient, ...minimal } });
  });

  it('gives each shell its own defaults: the KM chain for iws, the bridge for workpath', () => {
    const iws = parseTerminalConfig(minimal, 'iws', compileReadConverter);
    const workpath = parseTerminalConfig(minimal, 'workpath', compileReadConverter);
    expect(iws.ok && iws.config.conversion).toBe('ASCII2Hex');
    expect(workpath.ok && workpath.config.reader.kind).toBe('workpath-bridge');
  });

  it('takes every setting an installer may write', () => {
    const input = {
      ...minimal,
      conversion: 'ASCII2Hex;Hex2Dec',
      enrollmentPrompt: false,
      secret: 'password',
      clientAuthentication: true,
      phoneHandover: true,
      locale: 'de',
      installerView: true,
      timeouts: {
        promptSeconds: 20,
        credentialsSeconds: 60,
        failedSeconds: 15,
        signedInSeconds: 30,
        handoverSeconds: 240,
        warningSeconds: 5,
        tenantSeconds: 4,
      },
      reader: {
        kind: 'webhid',
        debounceMs: 500,
        maxGapMs: 50,
        endGapMs: 120,
        minLength: 6,
        prefix: '%',
        suffix: '?',
        keyMap: 'character',
        hidFilters: [{ vendorId: 0x0c27, usagePage: 0xff00 }],
        hidDecoder: 'ascii-cr',
      },
    };
    const result = parseTerminalConfig(input, 'webclient', compileReadConverter);
    expect(result).toEqual({ ok: true, config: input });
  });

  it('names the missing required settings', () => {
    expect(problemsOf({})).toEqual([
      { kind: 'missing', field: 'tenantUrl' },
      { kind: 'missing', field: 'terminalKey' },
    ]);
    expect(problemsOf({ ...minimal, terminalKey: '  ' })).toEqual([
      { kind: 'missing', field: 'terminalKey' },
    ]);
  });

  it('refuses the example values the package ships with', () => {
    expect(problemsOf({ tenantUrl: EXAMPLE_TENANT_URL, terminalKey: EXAMPLE_TERMINAL_KEY })).toEqual([
      { kind: 'notSet', field: 'tenantUrl' },
      { kind: 'notSet', field: 'terminalKey' },
    ]);
  });

  it('wants HTTPS for the tenant, except on this device itself', () => {
    expect(problemsOf({ ...minimal, tenantUrl: 'http://acme.example.net/' })).toEqual([
      { kind: 'notHttps', field: 'tenantUrl' },
    ]);
    expect(problemsOf({ ...minimal, tenantUrl: 'http://127.0.0.1:8080/' })).toEqual([]);
    expect(problemsOf({ ...minimal, tenantUrl: 'acme.example.net' })).toEqual([
      { kind: 'notUrl', field: 'tenantUrl' },
    ]);
  });

  it('says where a conversion chain is wrong, counting characters from 1', () => {
    const problems = problemsOf({ ...minimal, conversion: 'ASCII2Hex;Hex2Dek' });
    expect(problems).toEqual([expect.objectContaining({ kind: 'chain', field: 'conversion', position: 11 })]);
  });

  it('names a misspelt or unknown setting instead of ignoring it, and lets "//" keys be comments', () => {
    expect(problemsOf({ ...minimal, tenantURL: 'x', '//': 'a note', timeouts: { promtSeconds: 3 } })).toEqual(
      [
        { kind: 'unknownField', field: 'tenantURL' },
        { kind: 'unknownField', field: 'timeouts.promtSeconds' },
      ],
    );
  });

  it('names wrong types, choices and ranges with the field’s path', () => {
    const problems = problemsOf({
      ...minimal,
      enrollmentPrompt: 'yes',
      secret: 'pin',
      locale: 'klingon',
      timeouts: { credentialsSeconds: 5, tenantSeconds: 'eight' },
      reader: { kind: 'workpath-bridge', hidFilters: [{ vendorId: 70000 }] },
    });
    expect(problems).toEqual([
      { kind: 'wrongType', field: 'enrollmentPrompt', expected: 'yesNo' },
      { kind: 'oneOf', field: 'secret', choices: ['password', 'password-or-otp'] },
      { kind: 'oneOf', field: 'locale', choices: expect.arrayContaining(['auto', 'en', 'de']) },
      { kind: 'outOfRange', field: 'timeouts.credentialsSeconds', min: 15, max: 900 },
      { kind: 'wrongType', field: 'timeouts.tenantSeconds', expected: 'number' },
      { kind: 'oneOf', field: 'reader.kind', choices: ['keyboard', 'webhid'] },
      { kind: 'outOfRange', field: 'reader.hidFilters[0].vendorId', min: 0, max: 0xffff },
    ]);
  });

  it('wants the warning before the shortest screen closes', () => {
    expect(problemsOf({ ...minimal, timeouts: { promptSeconds: 10, warningSeconds: 10 } })).toEqual([
      { kind: 'outOfRange', field: 'timeouts.warningSeconds', min: 0, max: 9 },
    ]);
    expect(problemsOf({ ...minimal, timeouts: { credentialsSeconds: 15, warningSeconds: 20 } })).toEqual([
      { kind: 'outOfRange', field: 'timeouts.warningSeconds', min: 0, max: 14 },
    ]);
    const short = parseTerminalConfig(
      { ...minimal, timeouts: { promptSeconds: 8 } },
      'webclient',
      compileReadConverter,
    );
    expect(short.ok && short.config.timeouts.warningSeconds).toBe(4);
  });

  it('wants device filters for a WebHID reader', () => {
    expect(problemsOf({ ...minimal, reader: { kind: 'webhid' } })).toEqual([
      { kind: 'missing', field: 'reader.hidFilters' },
    ]);
  });

  it('explains text that is not JSON, or JSON that is not one group of settings', () => {
    const notJson = parseTerminalConfigText('{ "tenantUrl": ', 'iws', compileReadConverter);
    expect(notJson.ok ? null : notJson.problems[0]?.kind).toBe('notJson');
    expect(problemsOf([minimal])).toEqual([{ kind: 'notObject' }]);
    expect(problemsOf(null)).toEqual([{ kind: 'notObject' }]);
  });

  it('never throws, and what it accepts is within the documented ranges', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.constantFrom('webclient', 'iws', 'workpath' as const),
        (value, shell) => {
          const result = parseTerminalConfig(value, shell, compileReadConverter);
          if (!result.ok) return result.problems.length > 0;
          const { timeouts } = result.config;
          return (
            timeouts.warningSeconds <
            Math.min(timeouts.promptSeconds, timeouts.failedSeconds, timeouts.signedInSeconds)
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('phoneHandover', () => {
  it('is off unless config.json turns it on, and must be true or false', () => {
    const off = parseTerminalConfig(minimal, 'webclient', compileReadConverter);
    expect(off.ok && off.config.phoneHandover).toBe(false);
    const on = parseTerminalConfig({ ...minimal, phoneHandover: true }, 'webclient', compileReadConverter);
    expect(on.ok && on.config.phoneHandover).toBe(true);
    expect(problemsOf({ ...minimal, phoneHandover: 'yes' })).toEqual([
      { kind: 'wrongType', field: 'phoneHandover', expected: 'yesNo' },
    ]);
  });

  it('gives the hand-over screen 60 to 900 seconds', () => {
    const longer = parseTerminalConfig(
      { ...minimal, timeouts: { handoverSeconds: 600 } },
      'webclient',
      compileReadConverter,
    );
    expect(longer.ok && longer.config.timeouts.handoverSeconds).toBe(600);
    expect(problemsOf({ ...minimal, timeouts: { handoverSeconds: 30 } })).toEqual([
      { kind: 'outOfRange', field: 'timeouts.handoverSeconds', min: 60, max: 900 },
    ]);
  });
});

describe('flowConfigOf', () => {
  it('turns seconds into the flow’s milliseconds', () => {
    const config = { ...shellDefaults.webclient, ...minimal, enrollmentPrompt: false, phoneHandover: true };
    expect(flowConfigOf(config)).toEqual({
      enrollmentPrompt: false,
      phoneHandover: true,
      timeouts: { prompt: 30_000, credentials: 90_000, failed: 30_000, signedIn: 120_000, handover: 300_000 },
      warningMs: 10_000,
    });
  });
});

describe('configuredChain', () => {
  it("names the chain config.json asks for, or the shell's default, so a shell loads chains only then", () => {
    expect(configuredChain(minimal, 'webclient')).toBe('');
    expect(configuredChain(minimal, 'iws')).toBe(shellDefaults.iws.conversion);
    expect(configuredChain({ ...minimal, conversion: ' Reverse ' }, 'webclient')).toBe('Reverse');
    expect(configuredChain({ ...minimal, conversion: '' }, 'iws')).toBe('');
    expect(configuredChain({ ...minimal, conversion: 7 }, 'webclient')).toBe('');
    expect(configuredChain('not an object', 'webclient')).toBe('');
  });

  it("needs the chains' code only for a chain that is neither empty nor a shell's default", () => {
    expect(needsChainEngine(minimal, 'webclient')).toBe(false);
    expect(needsChainEngine(minimal, 'iws')).toBe(false);
    expect(needsChainEngine({ ...minimal, conversion: 'Reverse' }, 'iws')).toBe(true);
    expect(needsChainEngine({ ...minimal, conversion: 'constructor' }, 'webclient')).toBe(true);
    for (const shell of ['webclient', 'iws', 'workpath'] as const)
      expect(parseTerminalConfig(minimal, shell, withoutChains)).toEqual(
        parseTerminalConfig(minimal, shell, compileReadConverter),
      );
    expect(withoutChains('Reverse').ok).toBe(false);
  });
});
