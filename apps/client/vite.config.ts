import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// One file for Node ≥ 20, with no dependencies to install: `node cardenroll-client.mjs` (docs/desktop-client.md).
export default defineConfig({
  build: {
    target: 'node20',
    outDir: 'dist',
    emptyOutDir: true,
    minify: false,
    ssr: 'src/main.ts',
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
      output: {
        format: 'es',
        entryFileNames: 'cardenroll-client.mjs',
        banner: '#!/usr/bin/env node',
        inlineDynamicImports: true,
      },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
