import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AssemblerInput, assembleReport, INITIAL_ASSEMBLER } from './workpath-report-assembler';

/** A card as a reader sends it: printable ASCII, CR, then report padding. */
const card = fc.record({
  read: fc.string({
    unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)),
    minLength: 1,
    maxLength: 40,
  }),
  padding: fc.integer({ min: 0, max: 8 }),
});

/**
 * The card's bytes cut into reports at arbitrary points, with increasing (not necessarily consecutive)
 * ordinals; after each report, the host may deliver any report already sent once more.
 */
const delivery = card.chain(({ read, padding }) => {
  const bytes = [...[...read].map((char) => char.charCodeAt(0)), 0x0d, ...new Array<number>(padding).fill(0)];
  return fc
    .record({
      cuts: fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: bytes.length - 1 }),
      firstOrdinal: fc.nat({ max: 1000 }),
      steps: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: bytes.length, maxLength: bytes.length }),
      repeats: fc.array(fc.array(fc.nat(), { maxLength: 3 }), {
        minLength: bytes.length,
        maxLength: bytes.length,
      }),
    })
    .map(({ cuts, firstOrdinal, steps, repeats }) => {
      const bounds = [0, ...[...cuts].sort((a, b) => a - b), bytes.length];
      let ordinal = firstOrdinal;
      const reports = bounds.slice(1).map((end, i) => {
        ordinal += steps[i] ?? 1;
        return {
          type: 'hid-report',
          contextId: 'ctx',
          ordinal,
          bytes: new Uint8Array(bytes.slice(bounds[i], end)),
        } as const;
      });
      const inputs: AssemblerInput[] = [{ type: 'accessory-context', contextId: 'ctx', state: 'created' }];
      reports.forEach((report, i) => {
        inputs.push(report);
        for (const pick of repeats[i] ?? []) inputs.push(reports[pick % (i + 1)] ?? report);
      });
      return { read, inputs };
    });
});

describe('assembleReport (property)', () => {
  it('reads a card exactly once however it is split and however often reports are re-delivered', () => {
    fc.assert(
      fc.property(delivery, ({ read, inputs }) => {
        let state = INITIAL_ASSEMBLER;
        const reads: string[] = [];
        for (const input of inputs) {
          const step = assembleReport(state, input);
          state = step.state;
          reads.push(...step.reads);
        }
        expect(reads).toEqual([read]);
      }),
    );
  });
});
