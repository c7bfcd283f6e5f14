export type { Effect } from './effect';
export type { FlowEvent } from './event';
export { defaultFlowConfig, type FlowConfig, type FlowTimeouts } from './flow-config';
export * from './state';
export { type Transition, transition } from './transition';
