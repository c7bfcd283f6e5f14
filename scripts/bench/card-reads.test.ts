import { describe, expect, it } from 'vitest';
import { BENCH_CONTEXT_ID, kmKeyboardRead, workpathReports } from './card-reads.mjs';

describe('kmKeyboardRead', () => {
  it('types what a Konica Minolta reader types for Dana’s card (the mock tenant’s demoCards.danaKmRead)', () => {
    expect(kmKeyboardRead('946EBD28')).toBe('3934364542443238FFFF');
  });

  it('pads with as many FF pairs as asked', () => {
    expect(kmKeyboardRead('0A', 0)).toBe('3041');
    expect(kmKeyboardRead('0A', 3)).toBe('3041FFFFFF');
  });

  it('refuses what a reader could not type as hex', () => {
    expect(() => kmKeyboardRead('12g4')).toThrow(/hex/);
  });
});

describe('workpathReports', () => {
  it('splits the card in two reports, sends the first twice, and ends the second with CR', () => {
    const { reports, nextOrdinal } = workpathReports('04A1B', 7);
    expect(reports.map((report) => [report.ordinal, report.data])).toEqual([
      [7, '303441'],
      [7, '303441'],
      [8, '31420D'],
    ]);
    expect(
      reports.every((r) => r.v === 1 && r.type === 'hid-report' && r.contextId === BENCH_CONTEXT_ID),
    ).toBe(true);
    expect(nextOrdinal).toBe(9);
  });

  it('gives bytes that decode back to the card, the last one CR', () => {
    const { reports } = workpathReports('1234ABCD', 1);
    const hex = reports
      .filter((_report, index) => index !== 1)
      .map((report) => report.data)
      .join('');
    const bytes = hex.match(/../g)?.map((pair) => Number.parseInt(pair, 16)) ?? [];
    expect(bytes.at(-1)).toBe(0x0d);
    expect(String.fromCharCode(...bytes.slice(0, -1))).toBe('1234ABCD');
  });
});
