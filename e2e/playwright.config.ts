import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './support/chromium';
import type { PanelOptions } from './support/fixtures';
import { referenceService } from './support/reference-service';

const port = Number(process.env.E2E_PORT ?? 5199);

/** The foundation's journeys, which every shell must pass. */
const journeys = ['enrollment.spec.ts', 'leaving.spec.ts', 'tenant-trouble.spec.ts'];

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
    // A trace is recorded for every test to keep the failing ones, which costs about a CPU-second a test
    // (10 tests alone: 39 s without, 41-47 s with, on 2 cores) and CI keeps only what the run prints:
    // there it is off, so the suite stays within CI's time. Locally a failing test keeps its trace.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: [
    {
      command: `node ../apps/simulator/serve.mjs`,
      env: { PORT: String(port) },
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // The reference service on fresh data, behind the simulator, as `npm start` runs them.
      command: `node support/reference-service-server.mjs`,
      env: {
        PORT: String(referenceService.simulatorPort),
        CLOUD_PORT: String(referenceService.servicePort),
        CLOUD_DATA_DIR: referenceService.dataDir,
        // Password hashing at the cost tests use (the default's ~170 ms a hash is for deployments).
        CLOUD_SCRYPT_LOG_N: '12',
      },
      url: `http://127.0.0.1:${referenceService.simulatorPort}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
  // Each shell runs as built for the panel. Webclient, the oldest browser, runs every simulation at
  // 800x480 and the layout and axe checks again at 1280x800; IWS and Workpath run the journeys at the
  // size of their panels (IWS at 1024x600), and every shell checks every size in every-size.spec.ts.
  projects: [
    {
      name: 'webclient-800x480',
      testIgnore: ['workpath.spec.ts', 'reference-service/**'],
      use: { shell: 'webclient', panelSize: '800x480' },
    },
    {
      name: 'webclient-1280x800',
      testMatch: 'fit-and-access.spec.ts',
      use: { shell: 'webclient', panelSize: '1280x800', viewport: { width: 1720, height: 1000 } },
    },
    {
      name: 'iws-1024x600',
      // The journeys, and what IWS does differently: its Konica Minolta conversion chain, its config and
      // its panel size. Its keyboard wedge is the Webclient's, whose reader simulations run there.
      testMatch: [...journeys, 'card-numbers.spec.ts', 'config.spec.ts', 'every-size.spec.ts'],
      use: { shell: 'iws', panelSize: '1024x600' },
    },
    {
      name: 'workpath-1280x800',
      testMatch: [
        ...journeys,
        'workpath.spec.ts',
        'config.spec.ts',
        'every-size.spec.ts',
        'lazy-parts.spec.ts',
      ],
      use: { shell: 'workpath', panelSize: '1280x800', viewport: { width: 1720, height: 1000 } },
    },
    {
      // The whole system on one machine: the panel, the reference service and its portal.
      name: 'reference-service',
      testMatch: 'reference-service/**/*.spec.ts',
      use: {
        shell: 'webclient',
        panelSize: '800x480',
        baseURL: `http://127.0.0.1:${referenceService.simulatorPort}`,
        viewport: { width: 1400, height: 900 },
      },
    },
  ],
});
