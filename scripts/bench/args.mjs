// The bench's command line: --no-build, --quick, --soak-cycles N.

/** The soak's length by default: the 5,000 cycles, or a short run that only checks the soak works. */
export const DEFAULT_SOAK_CYCLES = { full: 5000, quick: 200 };

/**
 * The number of soak cycles: `--soak-cycles N` or `--soak-cycles=N`, else the default for the run.
 * @param {readonly string[]} argv the arguments after the script's name
 * @param {boolean} quick
 * @returns {number}
 */
export function soakCyclesOf(argv, quick) {
  const index = argv.findIndex((arg) => arg === '--soak-cycles' || arg.startsWith('--soak-cycles='));
  if (index < 0) return quick ? DEFAULT_SOAK_CYCLES.quick : DEFAULT_SOAK_CYCLES.full;
  const arg = /** @type {string} */ (argv[index]);
  const text = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
  const cycles = Number(text);
  if (!Number.isInteger(cycles) || cycles < 1) {
    throw new Error(`--soak-cycles wants a whole number of cycles, at least 1; got "${text ?? ''}"`);
  }
  return cycles;
}
