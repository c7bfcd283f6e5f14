import { describe, expect, it } from 'vitest';
import { toClassicScripts } from './classic-scripts.js';

// What Vite 8 writes for a build with modulePreload off.
const viteHtml = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Card enrollment</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/style-def.css">
  </head>
  <body>
    <div id="panel"></div>
  </body>
</html>
`;

describe('toClassicScripts', () => {
  it('turns the module entry into a classic defer script at the end of the body, without crossorigin', () => {
    expect(toClassicScripts(viteHtml)).toBe(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Card enrollment</title>
    <link rel="stylesheet" href="./assets/style-def.css">
  </head>
  <body>
    <div id="panel"></div>
    <script defer src="./assets/index-abc.js"></script>
  </body>
</html>
`);
  });

  it('keeps several scripts in their order', () => {
    const html =
      '<head><script src="a.js"></script><script type="module" src=\'b.js\'></script></head><body></body>';
    expect(toClassicScripts(html)).toBe(
      `<head></head><body>    <script defer src="a.js"></script>\n    <script defer src='b.js'></script>\n</body>`,
    );
  });

  it('refuses an inline script, which the panels block', () => {
    expect(() => toClassicScripts('<body><script>start()</script></body>')).toThrow(/inline <script>/);
    expect(() => toClassicScripts('<body><script type="module">import "./x.js"</script></body>')).toThrow(
      /Content-Security-Policy/,
    );
  });
});
