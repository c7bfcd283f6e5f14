import { describe, expect, it } from 'vitest';
import { accountKeyOf, isValidUsername, usernameKey } from './account-name';

const domains = ['DEMO', 'demo.example'];

describe('accountKeyOf', () => {
  it.each([
    ['alice', 'alice'],
    ['  ALICE ', 'alice'],
    ['DEMO\\alice', 'alice'],
    ['demo\\Alice', 'alice'],
    ['alice@demo.example', 'alice'],
    ['Alice@DEMO.EXAMPLE', 'alice'],
  ])('reads %j as account %j', (typed, key) => {
    expect(accountKeyOf(typed, domains)).toBe(key);
  });

  it.each([
    ['OTHER\\alice', 'other\\alice'],
    ['alice@evil.example', 'alice@evil.example'],
    ['DEMO\\', 'demo\\'],
    ['@demo.example', '@demo.example'],
    ['\\alice', '\\alice'],
  ])('keeps %j whole because the domain is not listed or the name is empty', (typed, key) => {
    expect(accountKeyOf(typed, domains)).toBe(key);
  });

  it('accepts no domain form when the tenant lists none', () => {
    expect(accountKeyOf('DEMO\\alice', [])).toBe('demo\\alice');
    expect(accountKeyOf('alice@demo.example', [])).toBe('alice@demo.example');
  });
});

describe('usernames', () => {
  it('keys case-insensitively', () => {
    expect(usernameKey(' Bob ')).toBe('bob');
  });

  it.each([
    ['alice', true],
    ['j.doe-2', true],
    ['DEMO\\alice', false],
    ['a@b', false],
    ['', false],
    ['-x', false],
    ['a'.repeat(65), false],
  ])('%j valid: %s', (name, valid) => {
    expect(isValidUsername(name)).toBe(valid);
  });
});
