/**
 * The modules of the panel's parts loaded on demand (decision 0025): screens and tools few panels ever
 * show. The build keeps every other module in the start-up script; each of these goes into the file of
 * the part whose `import()` reaches it. A module listed here that the start-up code imports statically
 * still works, in a file of its own that the start-up then loads too, and the start-up size shows it.
 */
const partModules: readonly RegExp[] = [
  // The phone hand-over screen with its QR code and countdown.
  /\/packages\/ui\/src\/screens\/HandoverScreen\.tsx$/,
  /\/packages\/ui\/src\/handover-deadline\.ts$/,
  // "This printer is not set up yet" with the text of each config problem.
  /\/packages\/ui\/src\/screens\/ConfigProblemScreen\.tsx$/,
  /\/packages\/ui\/src\/config-problem-text\.ts$/,
  // The installer view of a swipe.
  /\/packages\/ui\/src\/SwipeDiagnostics\.tsx$/,
  // The conversion chains: only a panel whose config.json names a chain loads them; the shells' default
  // chain (ASCII2Hex) is built into the start-up script.
  /\/packages\/core\/src\/card\/conversion\/(?!ascii-hex\.ts$)/,
  /\/packages\/core\/src\/card\/finder\//,
  /\/packages\/core\/src\/card\/read-converter\.ts$/,
  /\/packages\/shell\/src\/conversion-engine\.ts$/,
  // A WebHID reader, on a Chromium kiosk only.
  /\/packages\/readers\/src\/webhid[^/]*\.ts$/,
  /\/apps\/webclient\/src\/webhid-source\.ts$/,
  // The link to the panel simulator, which only the simulator's frame loads.
  /\/packages\/shell\/src\/simulator-frame\.ts$/,
  /\/packages\/simulator-link\/src\//,
];

/** Whether a module (a bundler id: an absolute path, maybe with a query) belongs to a part loaded on demand. */
export function isPanelPartModule(id: string): boolean {
  const path = id.replace(/\\/g, '/').replace(/[?#].*$/, '');
  return partModules.some((pattern) => pattern.test(path));
}
