import { describe, expect, it } from 'vitest';
import { diagnoseLayout, type LayoutDiagnosis } from './layout-diagnosis';

describe('diagnoseLayout', () => {
  it.each<[string, LayoutDiagnosis]>([
    ['04A1B2C3', { layout: 'us', intended: '04A1B2C3' }],
    ['3735928559', { layout: 'us', intended: '3735928559' }],
    // A French host: digits arrive as the unshifted digit row, and US 'A' as 'Q'.
    ["à'Q&BC", { layout: 'azerty', intended: '04A1BC' }],
    ['&é"\'(-è_çà', { layout: 'azerty', intended: '1234567890' }],
    ['QBCD', { layout: 'azerty', intended: 'ABCD' }],
    ["mà'Q&§", { layout: 'azerty', intended: ';04A1?' }],
    // A German host: hex looks the same, but sentinels and Y/Z give it away.
    ['ö1234_', { layout: 'qwertz', intended: ';1234?' }],
    ['12ß34', { layout: 'qwertz', intended: '12-34' }],
    ['Zöy', { layout: 'qwertz', intended: 'Y;z' }],
    [';1234?', { layout: 'us', intended: ';1234?' }],
    ['04A1✓', { layout: 'unknown', intended: '04A1✓' }],
  ])('%j', (read, expected) => {
    expect(diagnoseLayout(read)).toEqual(expected);
  });
});
