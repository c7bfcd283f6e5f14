export * from './credentials-options';
export * from './mount';
export * from './mount-config-problem';
export { Panel, type PanelProps } from './Panel';
