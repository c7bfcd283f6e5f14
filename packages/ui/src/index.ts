export * from './credentials-options';
export * from './mount';
export { Panel, type PanelProps } from './Panel';
