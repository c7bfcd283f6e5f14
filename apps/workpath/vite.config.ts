import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
// By path, not by package name: Vite's config loader leaves bare imports to Node, which cannot load a
// linked workspace package's TypeScript.
import { panelBuild } from '../../packages/panel-build/src/index.js';

export default defineConfig({
  base: './',
  plugins: [preact(), panelBuild({ target: 'modern' })],
  build: { outDir: 'dist/panel', emptyOutDir: true },
  server: { port: 5177, strictPort: true },
});
