// What a panel must load before it shows "Swipe your card" (issue 17): the page, what it loads at start,
// and the default language. Lazily loaded parts (screens few people see, other languages) are left out.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { sizeOf } from './sizes.mjs';

const scriptSrc = /<script\b[^>]*?\ssrc\s*=\s*["']?([^"'\s>]+)/gi;
const linkTag = /<link\b[^>]*>/gi;
const hrefOf = /\shref\s*=\s*["']?([^"'\s>]+)/i;
const startupRel = /\srel\s*=\s*["']?(?:stylesheet|modulepreload)\b/i;
/** A module's static imports (`import{a}from"./x.js"`, `import"./x.js"`); `import("./x.js")` is lazy. */
const staticImport = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
/**
 * The ES5 build's module registration (decision 0025), `define("assets/x.js", ["exports", "./y.js"], …)`,
 * whatever name the minifier gave `define`.
 */
const amdDependencies = /\(\s*"[^"]+\.js"\s*,\s*\[([^\]]*)\]/g;

/**
 * The files, relative to the build directory, that a panel loads before its first screen: index.html,
 * every script and stylesheet it names (and what those scripts import statically), and the configured
 * language's catalog file when config.json names a language that is not bundled.
 * @param {string} dir a shell's dist/panel
 * @returns {string[]}
 */
export function startupFiles(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  /** @type {string[]} */
  const files = ['index.html'];
  const add = (/** @type {string} */ file) => {
    if (!files.includes(file) && existsSync(join(dir, file))) files.push(file);
  };
  const fromPage = (/** @type {string} */ url) => normalize(url.replace(/^\.\//, '').split(/[?#]/)[0] ?? '');
  for (const [, src = ''] of html.matchAll(scriptSrc)) add(fromPage(src));
  for (const [tag] of html.matchAll(linkTag)) {
    const href = hrefOf.exec(tag)?.[1];
    if (href && startupRel.test(tag)) add(fromPage(href));
  }
  // Static imports load with their importer; follow them until no new file turns up.
  for (let index = 0; index < files.length; index++) followImports(dir, files, index, add);
  const language = defaultLanguageFile(dir);
  if (language) add(language);
  // Parts the shipped config.json needs before the first screen, with what they import statically.
  for (const part of partsNeededAtStart(dir)) {
    const chunk = readdirSync(join(dir, 'assets')).find(
      (name) => name.startsWith(`${part}-`) && name.endsWith('.js'),
    );
    if (chunk) add(`assets/${chunk}`);
  }
  for (let index = 0; index < files.length; index++) followImports(dir, files, index, add);
  return files;
}

/**
 * The chains built into the start-up script (core's `builtInChains`; a test keeps the two lists equal):
 * any other chain loads the conversion chains' part before the first screen.
 */
export const BUILT_IN_CHAINS = ['ASCII2Hex'];

/**
 * The parts (by file name) the shell loads before its first screen for the config.json it ships: the
 * conversion chains for a chain that is not built in, the WebHID reader for a WebHID reader.
 * @param {string} dir
 * @returns {string[]}
 */
function partsNeededAtStart(dir) {
  const configPath = join(dir, 'config.json');
  if (!existsSync(configPath)) return [];
  const config = JSON.parse(readFileSync(configPath, 'utf8'));
  const chain = typeof config.conversion === 'string' ? config.conversion.trim() : '';
  return [
    ...(chain !== '' && !BUILT_IN_CHAINS.includes(chain) ? ['conversion-engine'] : []),
    ...(config.reader?.kind === 'webhid' ? ['webhid-source'] : []),
  ];
}

/**
 * Adds the files that `files[index]` imports statically (ES modules, or the ES5 build's define()).
 * @param {string} dir
 * @param {string[]} files
 * @param {number} index
 * @param {(file: string) => void} add
 */
function followImports(dir, files, index, add) {
  const file = files[index] ?? '';
  if (!file.endsWith('.js')) return;
  const code = readFileSync(join(dir, file), 'utf8');
  const imported = [...code.matchAll(staticImport)].map(([, path = '']) => path);
  for (const [, list = ''] of code.matchAll(amdDependencies))
    for (const [, path = ''] of list.matchAll(/"(\.{1,2}\/[^"]+)"/g)) imported.push(path);
  for (const path of imported) add(normalize(join(dirname(file), path)));
}

/**
 * The catalog file of the language the shipped config.json names, if it is a file (the bundled language,
 * and `auto` on a device in that language, need none).
 * @param {string} dir
 * @returns {string | undefined}
 */
function defaultLanguageFile(dir) {
  const configPath = join(dir, 'config.json');
  const locales = join(dir, 'locales');
  if (!existsSync(configPath) || !existsSync(locales)) return undefined;
  const locale = JSON.parse(readFileSync(configPath, 'utf8')).locale;
  if (typeof locale !== 'string' || locale === 'auto') return undefined;
  const name = readdirSync(locales).find((file) => file.startsWith(`${locale}-`) && file.endsWith('.json'));
  return name === undefined ? undefined : relative(dir, join(locales, name));
}

/**
 * Raw and gzip -9 bytes of the start-up files, each compressed on its own as a server sends it.
 * @param {string} dir a shell's dist/panel
 * @returns {{ raw: number, gzip: number, files: string[] }}
 */
export function startupSize(dir) {
  const files = startupFiles(dir);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const size = sizeOf(readFileSync(join(dir, file)));
    raw += size.raw;
    gzip += size.gzip;
  }
  return { raw, gzip, files };
}
