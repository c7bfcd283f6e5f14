import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The portal is served by the reference service under /portal/ (which falls back to index.html for
// the pages' paths); in development, Vite serves the pages and hands the API to a running service.
export default defineConfig({
  root,
  base: '/portal/',
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('../dist/portal', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    port: 5176,
    strictPort: true,
    // changeOrigin stays off: the service checks a change's Origin against the Host it was asked for.
    proxy: { '/portal/api': { target: 'http://127.0.0.1:8787', changeOrigin: false } },
  },
});
