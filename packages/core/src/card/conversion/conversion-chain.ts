import type { ConversionRule } from './conversion-rule';

/**
 * One step of a chain: its rules all read the step's input and their outputs are concatenated (the
 * `+` operator). Most steps hold a single rule.
 */
export type ConversionStep = readonly [ConversionRule, ...ConversionRule[]];

/** A parsed conversion chain: steps run left to right, each on the previous step's output. */
export interface ConversionChain {
  readonly steps: readonly [ConversionStep, ...ConversionStep[]];
}
