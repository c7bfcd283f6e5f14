import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../config';

const mainFile = fileURLToPath(new URL('../main.ts', import.meta.url));

/** The real service as a child process (`node --import tsx main.ts serve`), on a free port. */
export interface ServiceProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far (its log). */
  output(): string;
  /** Ends it with `signal` and waits until it is gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** `env` adds to or overrides the service's environment (CLOUD_CONFIG, a secret's variable, …). */
export function spawnService(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<ServiceProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', mainFile, 'serve'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      CLOUD_DATA_DIR: dataDir,
      CLOUD_PORT: '0',
      CLOUD_HOST: '127.0.0.1',
      CLOUD_SCRYPT_LOG_N: '10',
      CLOUD_DEMO: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop('SIGKILL');
      reject(new Error(`the service did not start:\n${output}`));
    }, 15_000);
    let started = false;
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      // Once started, only kept (for tests that read the log): a busy service prints a line per request.
      if (started) return;
      const url = /Card enrollment service on (http:\/\/\S+\/)/.exec(output)?.[1];
      if (url !== undefined) {
        started = true;
        clearTimeout(timer);
        resolve({ url, child, stop, output: () => output });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the service exited with ${code}:\n${output}`));
    });
  });
}
