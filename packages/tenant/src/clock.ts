/** The service's clock in epoch milliseconds; injected so tests walk through expiries without sleeping. */
export type Clock = () => number;

/** ISO 8601 of an epoch-milliseconds instant, the form every timestamp leaves the service in. */
export const isoAt = (ms: number): string => new Date(ms).toISOString();
