import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// One vitest run over every workspace; tests that need a DOM opt in with a
// `// @vitest-environment happy-dom` comment so the pure core stays DOM-free.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['packages/*/src/**/*.test.{ts,tsx}', 'apps/*/src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
