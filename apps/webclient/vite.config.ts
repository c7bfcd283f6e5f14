import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
// By path, not by package name: Vite's config loader leaves bare imports to Node, which cannot load a
// linked workspace package's TypeScript.
import { panelBuild } from '../../packages/panel-build/src/index.js';

// One build, the panel's: one ES5 script with its polyfills in dist/panel, for the FutureSmart panel
// browser (see @cardenroll/panel-build). The simulator frames this very build.
export default defineConfig({
  base: './',
  plugins: [preact(), panelBuild({ target: 'es5' })],
  build: { outDir: 'dist/panel', emptyOutDir: true },
  server: { port: 5174, strictPort: true },
});
