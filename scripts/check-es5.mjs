// `node scripts/check-es5.mjs`: the legacy panel builds hold only what the old panel browsers can run.
// For each app whose package.json says "panel": { "target": "es5" }, under its dist/panel:
// - every .js file parses as ES5, as a classic script (es-check, module: false); a failure names the file,
//   the line and column, and the construct (an arrow function, `const`, a template literal, …);
// - no .svg and no web fonts (the HP panel browser has neither), no .mjs (its MIME type is unknown there);
// - the shipped JS uses no history API (pushState/replaceState) and no window.open, which the panels lack,
//   and no RegExp flag beyond ES5's g, i, m (y is polyfilled by @cardenroll/panel-build);
// - the shipped JS names no built-in that no polyfill can provide (BigInt and its typed arrays, WeakRef,
//   FinalizationRegistry): WebKit 602, the engine of old panels, throws a ReferenceError on first use;
// - index.html loads only classic external scripts: no module, no inline script, no crossorigin.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { runChecks } = require('es-check');
const babel = require('@babel/core');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const show = (/** @type {string} */ path) => relative(root, path);

/** @returns {{ name: string, dist: string }[]} */
function legacyApps() {
  const apps = join(root, 'apps');
  return readdirSync(apps, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(apps, entry.name, 'package.json')))
    .filter((entry) => {
      const pkg = JSON.parse(readFileSync(join(apps, entry.name, 'package.json'), 'utf8'));
      return pkg.panel?.target === 'es5';
    })
    .map((entry) => ({ name: entry.name, dist: join(apps, entry.name, 'dist', 'panel') }));
}

/** @param {string} dir @returns {string[]} */
function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * What an ES2015+ node is, in words, or null for ES5 syntax.
 * @param {any} node
 * @returns {string | null}
 */
function modernConstruct(node) {
  switch (node.type) {
    case 'ArrowFunctionExpression':
      return 'an arrow function (=>)';
    case 'TemplateLiteral':
    case 'TaggedTemplateExpression':
      return 'a template literal (`…`)';
    case 'ClassDeclaration':
    case 'ClassExpression':
      return 'a class';
    case 'ForOfStatement':
      return 'a for…of loop';
    case 'SpreadElement':
    case 'RestElement':
      return 'spread or rest (...)';
    case 'ObjectPattern':
    case 'ArrayPattern':
      return 'destructuring';
    case 'AssignmentPattern':
      return 'a default value (a = 1) in parameters or destructuring';
    case 'AwaitExpression':
      return 'await';
    case 'YieldExpression':
      return 'yield';
    case 'OptionalMemberExpression':
    case 'OptionalCallExpression':
      return 'optional chaining (?.)';
    case 'VariableDeclaration':
      return node.kind === 'var' ? null : `\`${node.kind}\``;
    case 'FunctionDeclaration':
    case 'FunctionExpression':
      if (node.async) return 'an async function';
      return node.generator ? 'a generator function (function*)' : null;
    case 'ObjectMethod':
      if (node.computed) return 'a computed property name ([…])';
      return node.kind === 'method' ? 'a shorthand method (name() {})' : null;
    case 'ObjectProperty':
      if (node.computed) return 'a computed property name ([…])';
      return node.shorthand ? 'a shorthand property ({ name })' : null;
    case 'LogicalExpression':
      return node.operator === '??' ? 'nullish coalescing (??)' : null;
    case 'BinaryExpression':
      return node.operator === '**' ? 'exponentiation (**)' : null;
    case 'AssignmentExpression':
      return ['**=', '&&=', '||=', '??='].includes(node.operator) ? `the ${node.operator} operator` : null;
    case 'RegExpLiteral':
      return /[^gim]/.test(node.flags) ? `a regular expression with the flags "${node.flags}"` : null;
    case 'NumericLiteral':
      return /^0[bBoO]|_/.test(node.extra?.raw ?? '')
        ? 'a binary or octal literal, or a numeric separator'
        : null;
    case 'BigIntLiteral':
      return 'a BigInt literal';
    case 'Import':
    case 'ImportExpression':
      return 'a dynamic import()';
    case 'ImportDeclaration':
    case 'ExportNamedDeclaration':
    case 'ExportDefaultDeclaration':
    case 'ExportAllDeclaration':
      return 'a module import or export';
    case 'MetaProperty':
      return `${node.meta.name}.${node.property.name}`;
    default:
      return null;
  }
}

/**
 * The ES2015+ construct at (or nearest to) the position where the ES5 parser stopped.
 * @param {string} code
 * @param {number} position
 */
function constructAt(code, position) {
  let ast;
  try {
    ast = babel.parseSync(code, { babelrc: false, configFile: false, sourceType: 'script' });
  } catch {
    return null;
  }
  /** @type {{ label: string, span: number, distance: number } | null} */
  let best = null;
  /** @param {any} node */
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    const label = modernConstruct(node);
    if (label) {
      const distance =
        position < node.start ? node.start - position : position > node.end ? position - node.end : 0;
      const span = node.end - node.start;
      if (!best || distance < best.distance || (distance === best.distance && span < best.span))
        best = { label, span, distance };
    }
    for (const key of Object.keys(node)) {
      if (key === 'loc' || key === 'extra') continue;
      const value = node[key];
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(ast.program);
  return best?.label ?? null;
}

/** @param {string} code @param {number} line @param {number} column */
function excerpt(code, line, column) {
  const text = code.split('\n')[line - 1] ?? '';
  const start = Math.max(0, column - 50);
  return `${start > 0 ? '…' : ''}${text.slice(start, column + 50)}${column + 50 < text.length ? '…' : ''}`;
}

/** @param {{ name: string, dist: string }} app @returns {Promise<{ problems: string[], scripts: number }>} */
async function checkApp(app) {
  if (!existsSync(app.dist)) {
    return { problems: [`${show(app.dist)} does not exist: run \`npm run build\` first`], scripts: 0 };
  }
  const problems = [];
  const files = filesUnder(app.dist);
  const scripts = files.filter((file) => extname(file) === '.js');
  if (scripts.length === 0) problems.push(`${show(app.dist)} has no .js file`);

  const { errors } = await runChecks([{ ecmaVersion: 'es5', module: false, files: scripts }]);
  for (const error of errors) {
    const code = readFileSync(error.file, 'utf8');
    const position = error.err?.pos ?? 0;
    const construct = constructAt(code, position) ?? 'syntax newer than ES5';
    problems.push(
      `${show(error.file)}:${error.line}:${error.column} is not ES5: ${construct}\n` +
        `      ${excerpt(code, error.line ?? 1, error.column ?? 0)}\n` +
        `      (es-check: ${error.err})`,
    );
  }

  const fonts = ['.woff', '.woff2', '.ttf', '.otf', '.eot'];
  for (const file of files) {
    const extension = extname(file).toLowerCase();
    if (extension === '.svg') problems.push(`${show(file)}: SVG, which the HP panel browser cannot show`);
    if (fonts.includes(extension))
      problems.push(`${show(file)}: a web font, which the panel browsers do not load`);
    if (extension === '.mjs')
      problems.push(`${show(file)}: .mjs, whose MIME type the panel browsers do not know`);
  }

  for (const file of scripts) {
    const code = readFileSync(file, 'utf8');
    if (/\b(?:pushState|replaceState)\b/.test(code))
      problems.push(
        `${show(file)}: the history API (pushState/replaceState); the panels navigate by state only`,
      );
    if (/(?:^|[^.\w$]|\b(?:window|self|top|parent|globalThis)\.)open\s*\(/.test(code))
      problems.push(`${show(file)}: window.open, which the panels do not have`);
    const unpolyfillable = /\b(?:BigInt|BigInt64Array|BigUint64Array|WeakRef|FinalizationRegistry)\b/.exec(
      code,
    );
    if (unpolyfillable) {
      const before = code.slice(0, unpolyfillable.index).split('\n');
      const line = before.length;
      const column = (before[line - 1] ?? '').length;
      problems.push(
        `${show(file)}:${line}:${column}: ${unpolyfillable[0]}, which WebKit 602 lacks and no polyfill can ` +
          `provide\n      ${excerpt(code, line, column)}`,
      );
    }
    for (const match of code.matchAll(
      /\bRegExp\(\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*,\s*["']([a-z]*)["']/g,
    )) {
      const newer = [...(match[1] ?? '')].filter((flag) => !'gimy'.includes(flag));
      if (newer.length > 0)
        problems.push(
          `${show(file)}: a RegExp with the flag(s) "${newer.join('')}", which throws where unknown`,
        );
    }
  }

  const indexHtml = join(app.dist, 'index.html');
  if (!existsSync(indexHtml)) {
    problems.push(`${show(indexHtml)} does not exist`);
  } else {
    const html = readFileSync(indexHtml, 'utf8');
    for (const [tag, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const src = /\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(attributes ?? '')?.[1];
      if (!src || (body ?? '').trim() !== '')
        problems.push(
          `${show(indexHtml)}: an inline script, which the panels' CSP blocks: ${tag.slice(0, 80)}`,
        );
      else if (!existsSync(join(app.dist, src)))
        problems.push(`${show(indexHtml)}: ${src} is not in the build`);
      if (/\stype\s*=\s*["']?module/i.test(attributes ?? ''))
        problems.push(
          `${show(indexHtml)}: a module script, which the old panel browsers skip: ${tag.slice(0, 80)}`,
        );
    }
    if (/<[^>]+\scrossorigin\b/i.test(html)) problems.push(`${show(indexHtml)}: a crossorigin attribute`);
    if (/rel\s*=\s*["']?modulepreload/i.test(html)) problems.push(`${show(indexHtml)}: a modulepreload link`);
  }
  return { problems, scripts: scripts.length };
}

const apps = legacyApps();
if (apps.length === 0) {
  console.error('✖ No app declares "panel": { "target": "es5" } in its package.json: nothing was checked.');
  process.exit(1);
}
let failed = false;
for (const app of apps) {
  const { problems, scripts } = await checkApp(app);
  if (problems.length === 0) {
    console.log(
      `✔ ${show(app.dist)}: ${scripts} script${scripts === 1 ? '' : 's'} in ES5; no SVG, web fonts, ` +
        'BigInt, history API, window.open, module or inline scripts',
    );
  } else {
    failed = true;
    console.error(`✖ ${show(app.dist)} is not fit for the old panel browsers:`);
    for (const problem of problems) console.error(`  - ${problem}`);
  }
}
process.exit(failed ? 1 : 0);
