/**
 * What the portal's **Test** action reports for one provider (packages/contract, `ProviderProbe`): whether
 * it answered and how fast, and what it knows of a username. Never a password, a bind password, or a card
 * number: only how many cards.
 */
export type { ProbeLookup, ProviderProbe } from '@cardenroll/contract';
