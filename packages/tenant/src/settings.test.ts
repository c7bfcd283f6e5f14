import { describe, expect, it } from 'vitest';
import { defaultSettings, isValidSetting, readSettings } from './settings';

describe('settings', () => {
  it('defaults to the documented numbers', () => {
    expect(readSettings([])).toEqual(defaultSettings);
    expect(defaultSettings).toMatchObject({
      maxCardsPerUser: 5,
      cardLimitPolicy: 'refuse',
      lockoutAfterFailures: 5,
      lockoutMs: 900_000,
      enrollmentTokenTtlMs: 300_000,
      otpTtlMs: 86_400_000,
    });
  });

  it('reads stored values and ignores unknown names, bad JSON and bad values', () => {
    const settings = readSettings([
      { name: 'maxCardsPerUser', value: '2' },
      { name: 'cardLimitPolicy', value: '"replace_oldest"' },
      { name: 'accountDomains', value: '["CORP"]' },
      { name: 'enrollmentEnabled', value: 'yes' },
      { name: 'lockoutMs', value: '-5' },
      { name: 'nonsense', value: '1' },
    ]);
    expect(settings).toEqual({
      ...defaultSettings,
      maxCardsPerUser: 2,
      cardLimitPolicy: 'replace_oldest',
      accountDomains: ['CORP'],
    });
  });

  it.each([
    ['maxCardsPerUser', 0, true],
    ['maxCardsPerUser', 1.5, false],
    ['lockoutAfterFailures', 0, false],
    ['cardLimitPolicy', 'delete_all', false],
    ['accountDomains', ['', 'x'], false],
    ['enrollmentEnabled', false, true],
    ['otpTtlMs', 999, false],
  ] as const)('%s = %j valid: %s', (name, value, valid) => {
    expect(isValidSetting(name, value)).toBe(valid);
  });
});
