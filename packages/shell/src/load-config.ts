import {
  type ChainCompiler,
  type ConfigProblem,
  needsChainEngine,
  parseTerminalConfigText,
  type ShellName,
  type TerminalConfig,
  withoutChains,
} from '@cardenroll/core';

/** Fetches config.json's text; throws with a short reason an installer can read when it cannot. */
export type ConfigTextLoader = (url: string) => Promise<string>;

const LOAD_TIMEOUT_MS = 10_000;

/** The file next to index.html, fresh each time: an installer who just corrected it presses Load again. */
export const fetchConfigText: ConfigTextLoader = async (url) => {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), LOAD_TIMEOUT_MS);
  try {
    const response = await fetch(url, { cache: 'no-store', signal: abort.signal });
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
    return await response.text();
  } catch (error) {
    if (abort.signal.aborted) throw new Error(`no answer within ${LOAD_TIMEOUT_MS / 1000} s`);
    throw error;
  } finally {
    clearTimeout(timer);
  }
};

/** Loads the conversion chains' code, a part of the panel of its own (decision 0025). */
export type ChainCompilerLoader = () => Promise<ChainCompiler>;

export const loadConversionEngine: ChainCompilerLoader = () =>
  import('./conversion-engine').then((engine) => engine.compileReadConverter);

/**
 * A checked config.json with the compiler for its chain; or the problems an installer must fix; or, when
 * the chains' code could not be loaded from the panel's own files, `partMissing`.
 */
export type LoadedTerminalConfig =
  | { readonly ok: true; readonly config: TerminalConfig; readonly compileChain: ChainCompiler }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] }
  | { readonly ok: false; readonly partMissing: true };

/**
 * Loads and checks a shell's config.json; a file that cannot be read is a problem like any other. The
 * chains' code is loaded only for a chain that is not built in (decision 0025).
 */
export async function loadTerminalConfig(
  shell: ShellName,
  url: string,
  loadText: ConfigTextLoader = fetchConfigText,
  loadEngine: ChainCompilerLoader = loadConversionEngine,
): Promise<LoadedTerminalConfig> {
  let text: string;
  try {
    text = await loadText(url);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ kind: 'unreadable', detail }] };
  }
  let compileChain = withoutChains;
  if (needsChainEngine(parsedOrNull(text), shell)) {
    try {
      compileChain = await loadEngine();
    } catch {
      return { ok: false, partMissing: true };
    }
  }
  const result = parseTerminalConfigText(text, shell, compileChain);
  return result.ok ? { ...result, compileChain } : result;
}

function parsedOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
