import { homedir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { runClient } from './run-client';

// `cardenroll-client otp | head -1` closes the pipe early: that ends the program quietly, not with a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runClient(process.argv.slice(2), {
  io: {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  },
  env: process.env,
  platform: process.platform,
  home: homedir(),
  fetch: globalThis.fetch,
  sleep: (ms) => sleep(ms),
  now: () => Date.now(),
});
