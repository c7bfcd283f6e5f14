import type { ConversionChain } from '../conversion/conversion-chain';

/** One card seen both ways: what the reader delivered, and the number stored for its user. */
export interface CardPair {
  readonly read: string;
  readonly expected: string;
}

/** A pair a proposal does not map: what the chain gave instead, or why it could not convert the read. */
export interface PairMiss {
  /** 0-based index of the pair in the finder's input. */
  readonly pair: number;
  readonly read: string;
  readonly expected: string;
  readonly got?: string;
  readonly failure?: string;
}

/** A chain the finder proposes, how many pairs it maps, the ones it misses, and why it fits. */
export interface ChainProposal {
  readonly chain: ConversionChain;
  /** The chain in canonical form, ready to paste into a tenant's configuration. */
  readonly text: string;
  readonly fits: number;
  readonly misses: readonly PairMiss[];
  readonly explanation: string;
}

/** Chains that map every pair (best first); when there are none, the best partial fits. */
export interface FinderResult {
  readonly exact: readonly ChainProposal[];
  readonly partial: readonly ChainProposal[];
  /** How many candidate chains the search tried, for the curious and the benchmarks. */
  readonly explored: number;
}
