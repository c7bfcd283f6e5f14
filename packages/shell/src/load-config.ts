import { parseTerminalConfigText, type ShellName, type TerminalConfigResult } from '@cardenroll/core';

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

/** Loads and checks a shell's config.json; a file that cannot be read is a problem like any other. */
export async function loadTerminalConfig(
  shell: ShellName,
  url: string,
  loadText: ConfigTextLoader = fetchConfigText,
): Promise<TerminalConfigResult> {
  let text: string;
  try {
    text = await loadText(url);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ kind: 'unreadable', detail }] };
  }
  return parseTerminalConfigText(text, shell);
}
