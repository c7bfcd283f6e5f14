export type { Effect, EffectType } from './effect';
export type { FlowEvent, FlowEventType } from './event';
export { defaultFlowConfig, type FlowConfig, type FlowTimeouts } from './flow-config';
export * from './state';
export { type Transition, transition } from './transition';
