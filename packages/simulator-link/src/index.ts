export * from './protocol';
export * from './shell-link';
