// Which package each bundled module belongs to, and each package's share of a bundle.

/**
 * The package a module id belongs to: `node_modules/<name>` (scoped names kept whole), one of our
 * workspaces as `@cardenroll/<dir>`, a locale catalog of core as `catalog <xx>`, the bundler's virtual
 * modules (`\0…`, e.g. Oxc's runtime helpers) as `bundler helpers`, else `other`.
 * @param {string} id a module id as the bundler reports it (an absolute path, maybe with a query)
 * @returns {string}
 */
export function packageOf(id) {
  if (id.startsWith('\0')) return 'bundler helpers';
  const path = id.replace(/\\/g, '/').replace(/[?#].*$/, '');
  const inNodeModules = path.lastIndexOf('/node_modules/');
  if (inNodeModules >= 0) {
    const [first = '', second = ''] = path.slice(inNodeModules + '/node_modules/'.length).split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  const catalog = /\/packages\/core\/src\/i18n\/([a-z]{2})\.ts$/.exec(path);
  if (catalog) return `catalog ${catalog[1]}`;
  const workspace = /\/(?:packages|apps)\/([^/]+)\//.exec(path);
  if (workspace) return `@cardenroll/${workspace[1]}`;
  return 'other';
}

/**
 * @typedef {{ name: string, length: number, share: number }} Share
 * Sums rendered lengths by package, largest first; `share` is a fraction of the total.
 * @param {Iterable<readonly [id: string, renderedLength: number]>} modules
 * @returns {Share[]}
 */
export function sharesOf(modules) {
  /** @type {Map<string, number>} */
  const lengths = new Map();
  for (const [id, length] of modules) {
    const name = packageOf(id);
    lengths.set(name, (lengths.get(name) ?? 0) + length);
  }
  const total = [...lengths.values()].reduce((sum, length) => sum + length, 0);
  return [...lengths]
    .map(([name, length]) => ({ name, length, share: total === 0 ? 0 : length / total }))
    .sort((a, b) => b.length - a.length || a.name.localeCompare(b.name));
}
