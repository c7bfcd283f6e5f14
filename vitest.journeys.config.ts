import { defineConfig } from 'vitest/config';

// The service journeys: the service against real servers (slapd, PostgreSQL, an SMTP server, an OpenID
// provider) that each file starts on loopback ports of its own and stops. `npm test` runs them as a step of
// their own, after scripts/service-servers.mjs has made sure the Debian packages are there.
export default defineConfig({
  test: {
    include: ['apps/*/src/**/*.journey.test.ts'],
    environment: 'node',
    // Real servers start in seconds, not milliseconds, and a loaded CI machine doubles that.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One file at a time: each starts its own servers, and two cores are better spent on one journey.
    fileParallelism: false,
  },
});
