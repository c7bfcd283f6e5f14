import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// The simulator's public/ holds msw's generated service worker: served at the site root so its scope
// covers every shell under it, and never part of a shell's production build.
export default defineConfig({
  plugins: [preact()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  server: { port: 5175, strictPort: true },
});
