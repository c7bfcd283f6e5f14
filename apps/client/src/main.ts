import { homedir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { runClient } from './run-client';

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
