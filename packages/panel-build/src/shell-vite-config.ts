import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import type { UserConfig } from 'vite';
import { type PanelTarget, panelBuild } from './index.js';
import { isPanelPartModule } from './panel-parts.js';

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
    build: {
      outDir: 'dist/panel',
      emptyOutDir: true,
      rolldownOptions: {
        // The start-up script exports what the parts loaded on demand share with it.
        preserveEntrySignatures: 'allow-extension',
        // Every module but those of the parts goes into the start-up script, so it stays one file, and a
        // part's file holds only what is its own. Rolldown would otherwise put the modules the two share
        // (Preact, the Screen frame…) into common chunks the start-up script loads as well (decision 0025).
        output: {
          codeSplitting: {
            groups: [
              // Not with the dependencies of what it captures: a package's index re-exports its parts too.
              {
                name: 'index',
                test: (id: string) => !isPanelPartModule(id),
                includeDependenciesRecursively: false,
              },
            ],
          },
        },
      },
    },
    server: { port: devPort, strictPort: true },
  };
}
