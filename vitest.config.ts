import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
// By path: Vite's config loader leaves bare imports to Node, which cannot load a workspace package's TypeScript.
import { panelCatalogFiles } from './packages/panel-build/src/catalog-files.js';

// One vitest run over every workspace; tests that need a DOM opt in with a
// `// @vitest-environment happy-dom` comment so the pure core stays DOM-free.
export default defineConfig({
  // The shells import `virtual:panel-catalogs`; under test it names the dev server's unhashed files.
  plugins: [preact(), panelCatalogFiles()],
  test: {
    include: [
      'packages/*/src/**/*.test.{ts,tsx}',
      'apps/*/src/**/*.test.{ts,tsx}',
      'apps/cloud/portal/src/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
    ],
    // Journeys against real servers are a step of their own (vitest.journeys.config.ts).
    exclude: ['**/node_modules/**', '**/*.journey.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
