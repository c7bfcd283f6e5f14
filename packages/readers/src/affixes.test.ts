import { describe, expect, it } from 'vitest';
import { printableSuffix, stripAffixes } from './affixes';

describe('stripAffixes', () => {
  it.each<[string, string, string, string]>([
    [';04A1?', ';', '?', '04A1'],
    ['04A1?', ';', '?', '04A1'],
    [';04A1', ';', '?', '04A1'],
    ['04A1', ';', '?', '04A1'],
    ['%B1234', '%B', '', '1234'],
    ['04A1', '', '\r\n', '04A1'],
    ['04A1', '', '', '04A1'],
  ])('%j with prefix %j and suffix %j reads %j', (raw, prefix, suffix, read) => {
    expect(stripAffixes(raw, { prefix, suffix })).toBe(read);
  });

  it('keeps the characters of a suffix and drops its line ending', () => {
    expect(printableSuffix('?\r\n')).toBe('?');
    expect(printableSuffix('\t')).toBe('');
  });
});
