import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv';

describe('parseCsv', () => {
  it('splits rows and fields, with or without a final line end', () => {
    expect(parseCsv('a,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a,b\r\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps commas, quotes and line breaks inside quoted fields', () => {
    expect(parseCsv('"Smith, Carol","say ""hi""","two\nlines"\n')).toEqual([
      ['Smith, Carol', 'say "hi"', 'two\nlines'],
    ]);
  });

  it('keeps empty fields and skips a BOM', () => {
    expect(parseCsv('\ufeffa,,c\n,,\n')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
  });

  it.each(['a,"b\n', 'a,b"c"\n', '"a"b,c\n'])('refuses the broken line in %j', (text) => {
    expect(() => parseCsv(text)).toThrow(SyntaxError);
  });
});
