import { FilterParser } from 'ldapts';
import { describe, expect, it } from 'vitest';
import { directoryName, maxDirectoryNameLength, userSearchFilter } from './ldap-name';

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

describe('directoryName refuses what could never be a name, before any directory is asked', () => {
  it.each([
    ['64 characters', 'a'.repeat(maxDirectoryNameLength), true],
    ['65 characters', 'a'.repeat(maxDirectoryNameLength + 1), false],
    ['65 characters after a domain', `CORP\\${'a'.repeat(65)}`, false],
    ['65 characters before a domain', `${'a'.repeat(65)}@corp.example`, false],
    ['300 bytes of non-ASCII (100 characters)', '€'.repeat(100), false],
    ['64 non-ASCII characters', 'ü'.repeat(64), true],
    ['a NUL byte', 'erin\u0000', false],
    ['a NUL byte after a domain', 'CORP\\erin\u0000*', false],
    ['a tab inside', 'er\tin', false],
    ['an escape character', 'erin\u001b[2J', false],
    ['DEL', 'erin\u007f', false],
    ['a C1 control', 'erin\u0085', false],
  ])('%s', (_, typed, accepted) => {
    expect(directoryName(typed, domains, false) !== null).toBe(accepted);
  });

  it('leaves the literal text \\00 (backslash, zero, zero) to the escaping', () => {
    expect(directoryName('CORP\\erin\\00', domains, false)).toBe('erin\\00');
    // A backslash first is no domain separator: the whole name is searched, escaped.
    expect(directoryName('\\00', domains, false)).toBe('\\00');
  });
});

describe('userSearchFilter', () => {
  const template = '(&(objectClass=person)(uid={username}))';
  const search = (name: string) => userSearchFilter(template, name);

  it.each([
    ['*', '\\2a'],
    ['(', '\\28'],
    [')', '\\29'],
    ['\\', '\\5c'],
    ['\u0000', '\\00'],
    ['*)(uid=*', '\\2a\\29\\28uid=\\2a'],
    ['erin)(|(uid=*', 'erin\\29\\28|\\28uid=\\2a'],
    ['\\00', '\\5c00'],
    ['e\\2a', 'e\\5c2a'],
    // RFC 4515 takes UTF-8 as it is; only the five specials are escaped.
    ['jürgen', 'jürgen'],
    ['渡辺', '渡辺'],
    ['a=b,c+d<e>f;g"h#i~j&k|l!m', 'a=b,c+d<e>f;g"h#i~j&k|l!m'],
  ])('escapes %j as %j', (name, escaped) => {
    expect(search(name)).toBe(`(&(objectClass=person)(uid=${escaped}))`);
  });

  it('makes every name one equality assertion, never a presence, a substring or another filter', () => {
    for (const name of [
      '*',
      '*)(uid=*',
      'erin)(|(uid=*',
      'e*',
      '\u0000',
      '\\',
      ')(',
      '\\2a',
      "$'",
      '$`',
      '$&',
    ]) {
      const parsed = FilterParser.parseString(search(name));
      // The parsed filter prints back as the same two equality assertions, whatever the name held.
      expect(parsed.toString(), name).toBe(search(name));
      const [, uid] = (parsed as unknown as { filters: { constructor: { name: string } }[] }).filters;
      expect(uid?.constructor.name, name).toBe('EqualityFilter');
    }
  });

  it('pastes nothing of the template for $ patterns, which a replacement string would expand', () => {
    expect(search("$'")).toBe("(&(objectClass=person)(uid=$'))");
    expect(search('$`x')).toBe('(&(objectClass=person)(uid=$`x))');
    expect(search('$&')).toBe('(&(objectClass=person)(uid=$&))');
    expect(search('$$')).toBe('(&(objectClass=person)(uid=$$))');
  });

  it('fills every {username} of a custom filter', () => {
    expect(userSearchFilter('(|(sAMAccountName={username})(userPrincipalName={username}))', 'a*')).toBe(
      '(|(sAMAccountName=a\\2a)(userPrincipalName=a\\2a))',
    );
  });
});
