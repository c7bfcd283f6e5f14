// The reading half of `npm run package`: which shells there are, and what each one's package is made of,
// taken from the repository tree. Every problem is a PackageError whose message tells the installer or
// developer what to do.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** @typedef {import('./archive.mjs').BuildTarget} BuildTarget */

/** A problem with the tree that stops packaging; its message is meant for a person. */
export class PackageError extends Error {}

/**
 * Every shell that ships, with its build target when its package.json does not name one
 * (`"panel": { "target": "es5" | "modern", "appId": "…" }` there takes precedence).
 * @type {Readonly<Record<string, { readonly target: BuildTarget }>>}
 */
export const SHELLS = Object.freeze({
  webclient: { target: 'es5' },
  iws: { target: 'es5' },
  workpath: { target: 'modern' },
});

/** @param {string} shell */
export function defaultAppId(shell) {
  return `com.cardenroll.panel.${shell}`;
}

/** Tools whose versions shape the built files; recorded in the manifest, as installed. */
const BUILD_TOOLS = {
  common: ['vite', '@preact/preset-vite', 'preact', '@preact/signals', 'ky', 'fflate'],
  es5: ['@babel/core', '@babel/preset-env', 'terser'],
  modern: [],
};

/**
 * @typedef {object} ShellInfo
 * @property {string} shell
 * @property {string} version
 * @property {BuildTarget} target
 * @property {string} appId
 */

/**
 * @typedef {object} ShellSources
 * @property {ShellInfo} info
 * @property {Record<string, Uint8Array>} app the built app without its config.json, by relative path
 * @property {Uint8Array} config
 * @property {Uint8Array} install
 * @property {Record<string, string>} builtWith
 */

/** @param {string} root @param {string} path */
function shown(root, path) {
  return relative(root, path).split('\\').join('/');
}

/** @param {string} path @param {string} name @returns {Record<string, unknown>} */
function readJsonObject(path, name) {
  let value;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new PackageError(`${name} is not valid JSON: ${error instanceof Error ? error.message : error}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new PackageError(`${name} must hold a JSON object`);
  return value;
}

/**
 * The shell's version, build target and app id, from `apps/<shell>/package.json`.
 * @param {string} root the repository root
 * @param {string} shell
 * @returns {ShellInfo}
 */
export function readShellInfo(root, shell) {
  const known = Object.hasOwn(SHELLS, shell) ? SHELLS[shell] : undefined;
  if (!known)
    throw new PackageError(`"${shell}" is not a shell; the shells are ${Object.keys(SHELLS).join(', ')}`);
  const path = join(root, 'apps', shell, 'package.json');
  const name = shown(root, path);
  if (!existsSync(path)) throw new PackageError(`${name} not found: there is no ${shell} shell in this tree`);
  const pkg = readJsonObject(path, name);

  const version = pkg.version;
  if (typeof version !== 'string' || !/^[0-9A-Za-z][0-9A-Za-z.+-]*$/.test(version))
    throw new PackageError(`${name} needs a "version" such as "1.2.0" (letters, digits, ".", "+", "-")`);

  const panel = pkg.panel ?? {};
  if (typeof panel !== 'object' || panel === null || Array.isArray(panel))
    throw new PackageError(`${name}: "panel" must be an object, e.g. { "target": "es5" }`);
  const { target = known.target, appId = defaultAppId(shell) } = /** @type {Record<string, unknown>} */ (
    panel
  );
  if (target !== 'es5' && target !== 'modern')
    throw new PackageError(
      `${name}: "panel.target" must be "es5" or "modern", not ${JSON.stringify(target)}`,
    );
  // Reverse-domain, like an Android application id (the Workpath host app is one).
  if (typeof appId !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/.test(appId))
    throw new PackageError(
      `${name}: "panel.appId" must be a reverse-domain id such as "com.example.panel", not ${JSON.stringify(appId)}`,
    );
  return { shell, version, target, appId };
}

/**
 * Every file below `dir`, by "/"-separated relative path. Hidden files (".DS_Store") are left out.
 * @param {string} dir
 * @returns {Record<string, Uint8Array>}
 */
export function readTree(dir) {
  /** @type {Record<string, Uint8Array>} */
  const files = {};
  /** @param {string} at @param {string} prefix */
  const walk = (at, prefix) => {
    for (const name of readdirSync(at).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`);
      else files[`${prefix}${name}`] = new Uint8Array(readFileSync(path));
    }
  };
  walk(dir, '');
  return files;
}

/**
 * The installed version of each tool that shaped a build for `target`; tools not installed are left out.
 * @param {string} root
 * @param {BuildTarget} target
 * @returns {Record<string, string>}
 */
export function readBuiltWith(root, target) {
  /** @type {Record<string, string>} */
  const versions = {};
  for (const tool of [...BUILD_TOOLS.common, ...BUILD_TOOLS[target]]) {
    const path = join(root, 'node_modules', tool, 'package.json');
    if (!existsSync(path)) continue;
    try {
      const { version } = JSON.parse(readFileSync(path, 'utf8'));
      if (typeof version === 'string') versions[tool] = version;
    } catch {
      // An unreadable package.json is not worth failing a package over; the version is just not recorded.
    }
  }
  return versions;
}

/**
 * Everything one shell's package is made of, checked: the build exists and is not older than the
 * shell's config.json, and the install guide is there.
 * @param {string} root
 * @param {string} shell
 * @returns {ShellSources}
 */
export function readShell(root, shell) {
  const info = readShellInfo(root, shell);
  const appDir = join(root, 'apps', shell);
  const panelDir = join(appDir, 'dist', 'panel');
  const build = `build the shells first with \`npm run build\`, then run \`npm run package\` again`;
  for (const file of ['index.html', 'config.json']) {
    if (!existsSync(join(panelDir, file)))
      throw new PackageError(`${shown(root, join(panelDir, file))} not found: ${build}`);
  }

  const app = readTree(panelDir);
  const config = /** @type {Uint8Array} */ (app['config.json']);
  delete app['config.json'];
  const configName = shown(root, join(panelDir, 'config.json'));
  readJsonObject(join(panelDir, 'config.json'), configName);
  const publicConfig = join(appDir, 'public', 'config.json');
  if (existsSync(publicConfig) && !Buffer.from(readFileSync(publicConfig)).equals(config))
    throw new PackageError(
      `${configName} differs from ${shown(root, publicConfig)}, so the build is older than the shell's settings: ${build}`,
    );

  const installPath = join(appDir, 'INSTALL.md');
  if (!existsSync(installPath))
    throw new PackageError(`${shown(root, installPath)} not found: every package carries its install guide`);
  const install = new Uint8Array(readFileSync(installPath));

  return { info, app, config, install, builtWith: readBuiltWith(root, info.target) };
}
