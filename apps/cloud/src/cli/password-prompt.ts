import { createInterface } from 'node:readline';

/** Where a command gets a new password from; tests give their own. */
export type NewPasswordSource = () => Promise<string>;

/**
 * A new password from the command's standard input, never from its arguments (they show in `ps` and in
 * shell history): on a terminal it is asked twice without echo, otherwise the first line is read, so
 * `printf '%s\n' "$PW" | npm run cloud -- users passwd alice` works in a script.
 */
export function stdinPassword(prompt: (line: string) => void): NewPasswordSource {
  return async () => {
    const stdin = process.stdin;
    if (!stdin.isTTY) return firstLine(stdin);
    const first = await askHidden('New password: ', prompt);
    const second = await askHidden('Again: ', prompt);
    if (first !== second) throw new Error('The two passwords differ; nothing changed.');
    return first;
  };
}

/** The first line of a stream, without its line end; empty when the stream is empty. */
export async function firstLine(input: NodeJS.ReadableStream): Promise<string> {
  const lines = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of lines) return line;
    return '';
  } finally {
    lines.close();
  }
}

/** Reads a line from the terminal in raw mode, echoing nothing. Ctrl-C cancels. */
function askHidden(question: string, prompt: (line: string) => void): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      prompt('');
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          finish();
          resolve(value);
          return;
        }
        if (char === '\u0003' || char === '\u0004') {
          finish();
          reject(new Error('Cancelled; nothing changed.'));
          return;
        }
        if (char === '\u007f' || char === '\b') value = [...value].slice(0, -1).join('');
        else value += char;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}
