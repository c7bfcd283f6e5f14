export * from './keyboard-card-source';
export * from './load-config';
export * from './panel-locale';
export * from './start-shell';
