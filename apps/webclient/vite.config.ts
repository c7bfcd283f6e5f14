import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// `--mode simulator` builds the shell with the mock tenant for the panel simulator; the default
// (production) build has no msw in it at all, because the mock is only reached by a dynamic import.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [preact()],
  build: {
    outDir: mode === 'simulator' ? 'dist/simulator' : 'dist/panel',
    emptyOutDir: true,
    target: 'es2020',
    modulePreload: false,
  },
  server: { port: 5174, strictPort: true },
}));
