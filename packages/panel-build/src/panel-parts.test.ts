import { describe, expect, it } from 'vitest';
import { isPanelPartModule } from './panel-parts';

describe('isPanelPartModule', () => {
  it('names the modules of the parts loaded on demand', () => {
    for (const id of [
      '/repo/packages/ui/src/screens/HandoverScreen.tsx',
      '/repo/packages/ui/src/config-problem-text.ts',
      '/repo/packages/core/src/card/conversion/parse-conversion-chain.ts',
      '/repo/packages/core/src/card/read-converter.ts?used',
      'C:\\repo\\packages\\readers\\src\\webhid-session.ts',
      '/repo/packages/simulator-link/src/shell-link.ts',
    ])
      expect(isPanelPartModule(id), id).toBe(true);
  });

  it('keeps the start-up ones, the built-in chain among them', () => {
    for (const id of [
      '/repo/packages/ui/src/screens/IdleScreen.tsx',
      '/repo/packages/core/src/card/conversion/ascii-hex.ts',
      '/repo/packages/core/src/card/built-in-chains.ts',
      '/repo/packages/readers/src/keyboard-wedge.ts',
      '/repo/packages/shell/src/start-shell.ts',
      '\0vite/preload-helper.js',
    ])
      expect(isPanelPartModule(id), id).toBe(false);
  });
});
