import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './support/chromium';
import type { PanelOptions } from './support/fixtures';

const port = Number(process.env.E2E_PORT ?? 5199);

/**
 * Panel simulations. The simulator and the shells are served built (as `npm start` serves them), on a
 * port of their own so a running `npm start` does not get in the way. Each test gets a fresh browser
 * context, so a fresh service worker and a fresh demo tenant.
 */
export default defineConfig<PanelOptions>({
  testDir: './tests',
  fullyParallel: true,
  ...(process.env.CI ? { workers: 2 } : {}),
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 7_000 },
  outputDir: '../test-results',
  reporter: [['list'], ['json', { outputFile: '../.ci-out/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node ../apps/simulator/serve.mjs`,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
  projects: [
    { name: 'panel-800x480', use: { panelSize: '800x480' } },
    { name: 'panel-1024x600', use: { panelSize: '1024x600' } },
    // The large panel: every screen must fit it too; the journeys are the same as at 1024x600.
    {
      name: 'panel-1280x800',
      testMatch: 'fit-and-access.spec.ts',
      use: { panelSize: '1280x800', viewport: { width: 1720, height: 1000 } },
    },
  ],
});
