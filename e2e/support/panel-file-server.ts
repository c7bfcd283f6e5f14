import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ShellId } from '../pages/Simulator';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface PanelFileServer {
  /** Where the panel's index.html is, e.g. http://127.0.0.1:40123/ */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves a shell's built panel files as a printer's own web server does: the files as they ship, no
 * header policy (the policy in index.html is all there is), and config.json as an installer edited it,
 * the packaged file with `config` over it.
 */
export async function servePanelFiles(
  shell: ShellId,
  config: Record<string, unknown>,
): Promise<PanelFileServer> {
  const dist = join(repoRoot, 'apps', shell, 'dist', 'panel');
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === '/config.json') {
      const packaged = JSON.parse(readFileSync(join(dist, 'config.json'), 'utf8')) as Record<string, unknown>;
      response
        .writeHead(200, { 'Content-Type': types['.json'] ?? '', 'Cache-Control': 'no-store' })
        .end(JSON.stringify({ ...packaged, ...config }));
      return;
    }
    const file = normalize(join(dist, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)));
    if (
      request.method !== 'GET' ||
      !file.startsWith(dist + sep) ||
      !statSync(file, { throwIfNoEntry: false })
    ) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n');
      return;
    }
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
