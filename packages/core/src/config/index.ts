export type { ConfigProblem, ExpectedType } from './config-problem';
export * from './default-terminal-config';
export { flowConfigOf } from './flow-config-of';
export {
  type ChainCompiler,
  configuredChain,
  needsChainEngine,
  parseTerminalConfig,
  parseTerminalConfigText,
  type TerminalConfigResult,
  withoutChains,
} from './parse-terminal-config';
export { checkTenantUrl, type TenantUrlProblem } from './tenant-url';
export type * from './terminal-config';
