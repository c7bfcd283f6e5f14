import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Handler } from 'hono';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const safeDecode = (path: string): string => {
  try {
    return decodeURIComponent(path);
  } catch {
    return '';
  }
};

async function fileIn(root: string, relative: string): Promise<string | null> {
  const path = normalize(join(root, relative));
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    return (await stat(path)).isFile() ? path : null;
  } catch {
    return null;
  }
}

/**
 * Serves the built portal (`dir`) under /portal/: a file when one matches, else index.html so the pages'
 * own routes (/portal/link, /portal/admin) load. Hashed assets are cached for good, index.html never.
 */
export function staticPortal(dir: string | null): Handler {
  const root = dir === null ? null : normalize(dir);
  return async (c) => {
    const index = root === null ? null : await fileIn(root, 'index.html');
    if (root === null || index === null) {
      return c.text(
        'The portal pages are not built. Run `npm run build` (or `npm run build -w apps/cloud`), then reload.\n',
        503,
      );
    }
    const relative = safeDecode(c.req.path.replace(/^\/portal\/?/, ''));
    const file = (relative !== '' && (await fileIn(root, relative))) || index;
    const type = contentTypes[extname(file)] ?? 'application/octet-stream';
    const immutable = file !== index && relative.startsWith('assets/');
    return c.body(new Uint8Array(await readFile(file)), 200, {
      'Content-Type': type,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  };
}
