export * from './api/contract';
export * from './api/failure';
export * from './card/card-number';
export * from './card/card-source';
