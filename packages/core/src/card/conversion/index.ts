export { encodeAsciiHex } from './ascii-hex';
export type { ConversionChain, ConversionStep } from './conversion-chain';
export type { ConversionRule, PlainRuleName, RuleName } from './conversion-rule';
export { formatConversionChain, formatConversionRule, formatConversionStep } from './format-conversion-chain';
export {
  type ChainSyntaxError,
  type ParseConversionChainResult,
  parseConversionChain,
} from './parse-conversion-chain';
export { type ParameterKind, type RuleSpec, ruleCatalog } from './rule-catalog';
export {
  type ConversionFailure,
  type ConversionOutcome,
  type ConversionSuccess,
  type ConversionTraceStep,
  runConversionChain,
  type TracedConversionOutcome,
} from './run-conversion-chain';
