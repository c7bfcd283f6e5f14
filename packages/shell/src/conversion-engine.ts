// The conversion chains' parser and rules, a part of the panel loaded only when config.json names a chain
// (decision 0025): a module of its own so that the build can put it in a file of its own.
export { compileReadConverter } from '@cardenroll/core';
