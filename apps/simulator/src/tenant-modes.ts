import { type Fault, serverError, tenantSlow, tenantUnreachable } from '@cardenroll/cloud-mock';

/** The tenant behaviours the simulator's switches offer, each a fault of the mock tenant (or none). */
export const tenantModes = [
  { id: 'normal', label: 'Answers normally', fault: null },
  { id: 'slow', label: 'Slow (4 s per answer)', fault: tenantSlow(4_000) },
  { id: 'unreachable', label: 'Unreachable', fault: tenantUnreachable() },
  { id: 'failing', label: 'Failing (HTTP 500)', fault: serverError(500) },
] as const satisfies readonly { id: string; label: string; fault: Fault | null }[];

export type TenantModeId = (typeof tenantModes)[number]['id'];
