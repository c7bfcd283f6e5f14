export * from './burst';
export * from './keyboard-wedge';
export * from './keys';
export * from './listeners';
export * from './simulated';
