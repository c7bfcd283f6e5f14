import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import type { UserConfig } from 'vite';
import { type PanelTarget, panelBuild } from './index.js';

/**
 * A shell's whole Vite config. Its build target is the one its package.json declares
 * (`"panel": { "target": "es5" | "modern" }`), the field the ES5 check and the packager read too, so the
 * three can never disagree.
 */
export function shellViteConfig(appDir: URL, devPort: number): UserConfig {
  const manifest = JSON.parse(readFileSync(new URL('package.json', appDir), 'utf8')) as {
    panel?: { target?: PanelTarget };
  };
  const target = manifest.panel?.target;
  if (target !== 'es5' && target !== 'modern')
    throw new Error(`${appDir.pathname}package.json: "panel": { "target" } must be "es5" or "modern"`);
  return {
    base: './',
    plugins: [preact(), panelBuild({ target })],
    build: { outDir: 'dist/panel', emptyOutDir: true },
    server: { port: devPort, strictPort: true },
  };
}
