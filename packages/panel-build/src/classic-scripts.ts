const scriptTag = /[ \t]*<script\b([^>]*)>([\s\S]*?)<\/script>[ \t]*\r?\n?/gi;
const srcAttribute = /\ssrc\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i;
const openingTag = /<(?:script|link)\b[^>]*>/gi;
const crossorigin = /\s+crossorigin(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/gi;

/**
 * Rewrites Vite's index.html for a browser that knows neither modules nor CORS loading:
 * - every `<script src>` (Vite's `<script type="module" crossorigin>`) becomes a classic `<script defer src>`,
 *   placed at the end of <body> (an old browser skips module scripts; at the end, a browser that ignores
 *   `defer` still finds #panel parsed);
 * - `crossorigin` goes from every tag: our files are same-origin, and an old panel browser may refuse
 *   a CORS load it does not understand;
 * - an inline script is an error: the panels' Content-Security-Policy (script-src 'self') blocks it.
 */
export function toClassicScripts(html: string): string {
  const scripts: string[] = [];
  const withoutScripts = html.replace(scriptTag, (tag, attributes: string, body: string) => {
    const src = srcAttribute.exec(attributes)?.[1];
    if (src === undefined || body.trim() !== '') {
      throw new Error(
        `panel-build: index.html has an inline <script>, which the panels' Content-Security-Policy blocks: ${tag.slice(0, 120)}`,
      );
    }
    scripts.push(`<script defer src=${src}></script>`);
    return '';
  });
  const withoutCrossorigin = withoutScripts.replace(openingTag, (tag) => tag.replace(crossorigin, ''));
  const classic = scripts.map((script) => `    ${script}\n`).join('');
  return /<\/body>/i.test(withoutCrossorigin)
    ? withoutCrossorigin.replace(/([ \t]*)<\/body>/i, `${classic}$1</body>`)
    : `${withoutCrossorigin}${classic}`;
}
