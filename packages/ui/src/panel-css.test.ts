import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The panels' old WebKit (602, QtWebKit 5.212) ignores flex `gap`: there, fields touch and buttons sit
// side by side with no room between. Every stylesheet a panel shell ships spaces its items with margins.
const repo = new URL('../../../', import.meta.url);

/** The places a panel shell's styles come from: the shared screens, the shell start-up, each shell. */
const shippedRoots = [
  'packages/ui/src',
  'packages/shell/src',
  ...['webclient', 'iws', 'workpath'].flatMap((shell) => [`apps/${shell}/src`, `apps/${shell}/index.html`]),
];

function stylesheets(): { file: string; css: string }[] {
  const files = shippedRoots.flatMap((root) => {
    const path = new URL(root, repo);
    if (!existsSync(path)) return [];
    if (root.endsWith('.html')) return [root];
    return readdirSync(path, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.css'))
      .map((name) => `${root}/${name}`);
  });
  return files.map((file) => {
    const text = readFileSync(new URL(file, repo), 'utf8');
    const css = file.endsWith('.html')
      ? Array.from(text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g), (match) => match[1] ?? '').join('\n')
      : text;
    return { file, css };
  });
}

/** The declarations of `gap`, `row-gap`, `column-gap` or `grid-gap`, comments left out. */
function gapDeclarations(css: string): string[] {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return Array.from(code.matchAll(/(?:^|[{;\s])((?:row-|column-|grid-)?gap\s*:[^;}]*)/g), (match) =>
    (match[1] ?? '').trim(),
  );
}

describe('the panel stylesheets', () => {
  it('are found', () => {
    expect(stylesheets().map((sheet) => sheet.file)).toContain('packages/ui/src/panel.css');
  });

  it.each(stylesheets())('$file declares no flex gap, which old WebKit ignores', ({ css }) => {
    expect(gapDeclarations(css)).toEqual([]);
  });

  it('would be caught declaring one', () => {
    expect(gapDeclarations('.a{display:flex;gap:1rem}\n.b {\n  row-gap: 2px;\n}')).toEqual([
      'gap:1rem',
      'row-gap: 2px',
    ]);
    expect(gapDeclarations('/* no flex gap: */ .a { margin-top: 1rem; }')).toEqual([]);
  });
});
