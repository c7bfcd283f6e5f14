import type { Plugin } from 'vite';

const preloadCall = '__vitePreload(';

/**
 * Vite wraps each `import()` in `__vitePreload(() => import(…), deps, import.meta.url)`, which adds
 * `<link rel=modulepreload>` for the part's own imports and CSS. A panel's parts import only what the
 * start-up script holds (its modules stay in the entry chunk, see shell-vite-config) and no CSS of their
 * own (checked below), so the deps are always empty: this unwraps every call into the plain `import()`,
 * and the minifier then drops the helper (its `new Event` is also missing from old WebKit). At this stage
 * the deps are still Vite's `__VITE_PRELOAD__` marker.
 */
export function plainDynamicImports(): Plugin {
  return {
    name: 'cardenroll:plain-dynamic-imports',
    apply: 'build',
    enforce: 'post',
    renderChunk(code) {
      if (!code.includes(preloadCall)) return null;
      const unwrapped = unwrapPreloadCalls(code);
      return unwrapped === code ? null : { code: unwrapped, map: null };
    },
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && !file.isEntry && (file.viteMetadata?.importedCss.size ?? 0) > 0)
          this.error(
            `panel-build: ${file.fileName}, a part loaded on demand, has CSS of its own; import it in the panel's CSS`,
          );
      }
    },
  };
}

/** `__vitePreload(FN, [] | void 0 | __VITE_PRELOAD__, URL)` → `(FN)()`; a call with deps stays. */
export function unwrapPreloadCalls(code: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const start = code.indexOf(preloadCall, from);
    if (start < 0) return out + code.slice(from);
    // The helper's own definition (`var __vitePreload = function …`) is not a call.
    const args =
      start > 0 && /[\w$.]/.test(code.charAt(start - 1))
        ? null
        : splitArguments(code, start + preloadCall.length);
    const [loader, deps] = args?.parts ?? [];
    if (
      args &&
      loader !== undefined &&
      deps !== undefined &&
      /^\s*(?:\[\s*\]|void 0|__VITE_PRELOAD__)\s*$/.test(deps)
    ) {
      out += `${code.slice(from, start)}(${loader.trim()})()`;
      from = args.end;
    } else {
      out += code.slice(from, start + preloadCall.length);
      from = start + preloadCall.length;
    }
  }
}

/** The top-level arguments of a call whose "(" ends just before `open`, and the index after its ")". */
function splitArguments(code: string, open: number): { parts: string[]; end: number } | null {
  const parts: string[] = [];
  let depth = 0;
  let partStart = open;
  for (let index = open; index < code.length; index++) {
    const char = code.charAt(index);
    if (char === '"' || char === "'" || char === '`') {
      index = skipString(code, index);
      continue;
    }
    if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') {
      if (depth === 0) {
        parts.push(code.slice(partStart, index));
        return { parts, end: index + 1 };
      }
      depth--;
    } else if (char === ',' && depth === 0) {
      parts.push(code.slice(partStart, index));
      partStart = index + 1;
    }
  }
  return null;
}

/** The index of the quote closing the string that opens at `start` (template literals without `${`). */
function skipString(code: string, start: number): number {
  const quote = code.charAt(start);
  for (let index = start + 1; index < code.length; index++) {
    const char = code.charAt(index);
    if (char === '\\') index++;
    else if (char === quote) return index;
  }
  return code.length;
}
