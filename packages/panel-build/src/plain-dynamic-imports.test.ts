import { describe, expect, it } from 'vitest';
import { unwrapPreloadCalls } from './plain-dynamic-imports';

describe('unwrapPreloadCalls', () => {
  it('turns a preload call without deps into the plain import', () => {
    expect(
      unwrapPreloadCalls(
        'var a = lazyPart(() => __vitePreload(() => import("./H-1.js").then((m) => m.H), [], import.meta.url), b);',
      ),
    ).toBe('var a = lazyPart(() => (() => import("./H-1.js").then((m) => m.H))(), b);');
    expect(
      unwrapPreloadCalls(
        '__vitePreload(async () => { const { x } = await import("./s.js"); return { x }; }, void 0, import.meta.url).then(f)',
      ),
    ).toBe('(async () => { const { x } = await import("./s.js"); return { x }; })().then(f)');
  });

  it("unwraps a call whose deps are still Vite's marker, as renderChunk sees them", () => {
    expect(
      unwrapPreloadCalls(
        'f(() => __vitePreload(() => import("./P-!~{004}~.js"), __VITE_PRELOAD__, import.meta.url))',
      ),
    ).toBe('f(() => (() => import("./P-!~{004}~.js"))())');
  });

  it('leaves the helper, a call with deps, and strings with brackets alone', () => {
    const code =
      'var __vitePreload = function preload(a, b) {}; __vitePreload(() => import(")]}"), ["./x.css"], import.meta.url);';
    expect(unwrapPreloadCalls(code)).toBe(code);
  });
});
