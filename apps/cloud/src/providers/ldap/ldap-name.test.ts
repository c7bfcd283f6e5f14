import { describe, expect, it } from 'vitest';
import { directoryName } from './ldap-name';

const domains = ['CORP', 'corp.example'];

describe('directoryName', () => {
  it.each([
    ['alice', 'alice'],
    ['  alice ', 'alice'],
    ['CORP\\alice', 'alice'],
    ['corp\\alice', 'alice'],
    ['alice@corp.example', 'alice'],
    ['alice@CORP.EXAMPLE', 'alice'],
    // A domain we do not know stays part of a UPN-like name; a DOMAIN\ prefix we do not know is not ours.
    ['alice@elsewhere.example', 'alice@elsewhere.example'],
    ['OTHER\\alice', null],
    ['', null],
    ['CORP\\', null],
    ['a'.repeat(65), null],
    ['al\u0000ice', null],
    ['alice\n', 'alice'],
    ['al\nice', null],
  ])('reads %j as %j', (typed, expected) => {
    expect(directoryName(typed, domains, false)).toBe(expected);
  });

  it('with strict domains, takes only names with one of the domains', () => {
    expect(directoryName('alice', domains, true)).toBeNull();
    expect(directoryName('CORP\\alice', domains, true)).toBe('alice');
    expect(directoryName('alice@corp.example', domains, true)).toBe('alice');
    expect(directoryName('alice@elsewhere.example', domains, true)).toBeNull();
  });

  it('passes filter characters through for escaping, never widening anything itself', () => {
    expect(directoryName('*)(uid=*', domains, false)).toBe('*)(uid=*');
  });
});
