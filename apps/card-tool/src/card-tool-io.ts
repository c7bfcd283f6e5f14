/** Where the command writes: one line at a time, results to `out`, diagnostics to `err`. */
export interface CardToolIo {
  out(line: string): void;
  err(line: string): void;
}

/** Exit codes: done, a read or a search that failed, a command line that makes no sense. */
export const exitCode = { ok: 0, failed: 1, usage: 2 } as const;
