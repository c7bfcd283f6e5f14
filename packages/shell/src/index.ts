export * from './catalog-files';
export * from './keyboard-card-source';
export * from './lazy-card-source';
export * from './load-config';
export * from './panel-language';
export * from './panel-locale';
export * from './start-shell';
