export type { CardPair, ChainProposal, FinderResult, PairMiss } from './card-pair';
export { describeMiss } from './explain-proposal';
export { type FinderOptions, findConversionChains } from './find-conversion-chains';
