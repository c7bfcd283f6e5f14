import { describe, expect, it } from 'vitest';
import { packageOf, sharesOf } from './shares.mjs';

describe('packageOf', () => {
  it('names a dependency by its node_modules directory, scoped names whole', () => {
    expect(packageOf('/repo/node_modules/preact/dist/preact.module.js')).toBe('preact');
    expect(packageOf('/repo/node_modules/@preact/signals-core/dist/signals-core.mjs')).toBe(
      '@preact/signals-core',
    );
    expect(packageOf('/repo/node_modules/a/node_modules/ky/distribution/index.js?x=1')).toBe('ky');
  });

  it('names our workspaces, and gives each locale catalog of core its own line', () => {
    expect(packageOf('/repo/packages/core/src/flow/transition.ts')).toBe('@cardenroll/core');
    expect(packageOf('/repo/packages/core/src/i18n/de.ts')).toBe('catalog de');
    expect(packageOf('/repo/packages/core/src/i18n/translate.ts')).toBe('@cardenroll/core');
    expect(packageOf('/repo/apps/webclient/src/main.ts')).toBe('@cardenroll/webclient');
  });

  it('groups the bundler’s virtual modules, and calls anything else other', () => {
    expect(packageOf('\0@oxc-project+runtime@0.1.0/helpers/esm/typeof.js')).toBe('bundler helpers');
    expect(packageOf('/elsewhere/file.js')).toBe('other');
  });
});

describe('sharesOf', () => {
  it('sums rendered lengths by package, largest first, as fractions of the whole', () => {
    const shares = sharesOf([
      ['/r/node_modules/preact/a.js', 30],
      ['/r/node_modules/preact/b.js', 20],
      ['/r/packages/ui/src/Panel.tsx', 25],
      ['/r/packages/core/src/i18n/fr.ts', 25],
    ]);
    expect(shares).toEqual([
      { name: 'preact', length: 50, share: 0.5 },
      { name: '@cardenroll/ui', length: 25, share: 0.25 },
      { name: 'catalog fr', length: 25, share: 0.25 },
    ]);
  });

  it('gives no share of nothing', () => {
    expect(sharesOf([])).toEqual([]);
  });
});
