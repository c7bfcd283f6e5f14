import { request } from 'node:http';

/** An answer read off the wire: status, headers (lower-case names) and the body as text. */
export interface RawAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
}

/**
 * One request with exactly the headers given (fetch would not send a Host of our choosing), and a body sent
 * as it is; `chunks` sends a chunked body piece by piece and stops sending as soon as an answer arrives;
 * `holdBody` sends no body at all, so only an answer given before reading it can arrive.
 */
export function rawRequest(
  baseUrl: string,
  options: {
    readonly method?: string;
    readonly path: string;
    readonly headers?: Record<string, string>;
    readonly body?: string;
    readonly chunks?: Iterable<string>;
    /** Send the headers only and wait for the answer (a body announced by Content-Length, never sent). */
    readonly holdBody?: boolean;
  },
): Promise<RawAnswer> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    let answered = false;
    const outgoing = request(
      {
        host: url.hostname,
        port: url.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers ?? {},
        setHost: options.headers?.Host === undefined,
        agent: false,
      },
      (incoming) => {
        answered = true;
        let text = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => {
          text += chunk;
        });
        incoming.on('end', () => {
          resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, text });
          outgoing.destroy();
        });
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', (error) => {
      if (!answered) reject(error);
    });
    if (options.holdBody === true) outgoing.flushHeaders();
    else if (options.chunks !== undefined) {
      const pieces = options.chunks[Symbol.iterator]();
      const sendNext = () => {
        if (answered || outgoing.destroyed) return;
        const next = pieces.next();
        if (next.done) outgoing.end();
        else outgoing.write(next.value, () => setImmediate(sendNext));
      };
      sendNext();
    } else outgoing.end(options.body);
  });
}
