import { builtInChains } from '../card/built-in-chains';
import { normalizeRead } from '../card/card-read';
import type { CompiledReadConverter } from '../card/read-converter';
import { locales } from '../i18n/locales';
import type { ConfigProblem, ExpectedType } from './config-problem';
import {
  EXAMPLE_TENANT_URL,
  EXAMPLE_TERMINAL_KEY,
  shellDefaults,
  shellReaderKinds,
} from './default-terminal-config';
import { checkTenantUrl } from './tenant-url';
import type {
  HidFilterConfig,
  ReaderConfig,
  ShellName,
  TerminalConfig,
  TimeoutsConfig,
} from './terminal-config';

export type TerminalConfigResult =
  | { readonly ok: true; readonly config: TerminalConfig }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

type Json = Readonly<Record<string, unknown>>;

/**
 * Compiles a conversion chain (`compileReadConverter`). A parameter, not an import, so that a panel whose
 * config.json names no chain never loads the chains' parser and rules (decision 0025).
 */
export type ChainCompiler = (chainText: string) => CompiledReadConverter;

/**
 * The compiler a panel has without the chains' code: no chain (the read is the card number), and the
 * shells' default chains, which are built in (`builtInChains`).
 */
export const withoutChains: ChainCompiler = (chainText) => {
  const chain = chainText.trim();
  if (chain === '') return { ok: true, convert: normalizeRead };
  const builtIn = Object.hasOwn(builtInChains, chain) ? builtInChains[chain] : undefined;
  return builtIn
    ? { ok: true, convert: builtIn }
    : { ok: false, error: { position: 0, message: 'conversion chains are not loaded' } };
};

/**
 * The conversion chain a parsed config.json asks `shell` to run (its own, or the shell's default); ''
 * for none or when the field is not text (the check reports that).
 */
export function configuredChain(input: unknown, shell: ShellName): string {
  const chain = isGroup(input) && 'conversion' in input ? input.conversion : shellDefaults[shell].conversion;
  return typeof chain === 'string' ? chain.trim() : '';
}

/**
 * Whether checking and running this config.json needs the chains' code, a part of the panel loaded on
 * demand (decision 0025): only for a chain that is neither empty nor built in.
 */
export function needsChainEngine(input: unknown, shell: ShellName): boolean {
  const chain = configuredChain(input, shell);
  return chain !== '' && !Object.hasOwn(builtInChains, chain);
}

/** config.json's text, as the shell fetched it. */
export function parseTerminalConfigText(
  text: string,
  shell: ShellName,
  compileChain: ChainCompiler,
): TerminalConfigResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ kind: 'notJson', detail: error instanceof Error ? error.message : String(error) }],
    };
  }
  return parseTerminalConfig(input, shell, compileChain);
}

/**
 * Checks a parsed config.json against what `shell` can run and fills in its defaults. Every problem is
 * reported at once, each with the field's JSON path, so an installer fixes the file in one visit.
 */
export function parseTerminalConfig(
  input: unknown,
  shell: ShellName,
  compileChain: ChainCompiler,
): TerminalConfigResult {
  if (!isGroup(input)) return { ok: false, problems: [{ kind: 'notObject' }] };
  const defaults = shellDefaults[shell];
  const problems: ConfigProblem[] = [];
  const read = fieldReader(problems);

  read.known(input, '', [
    'tenantUrl',
    'terminalKey',
    'conversion',
    'enrollmentPrompt',
    'secret',
    'clientAuthentication',
    'phoneHandover',
    'locale',
    'installerView',
    'timeouts',
    'reader',
  ]);

  const tenantUrl = read.text(input, 'tenantUrl', undefined);
  if (tenantUrl !== undefined) {
    const problem = tenantUrl.trim() === EXAMPLE_TENANT_URL ? 'notSet' : checkTenantUrl(tenantUrl);
    if (problem) problems.push({ kind: problem, field: 'tenantUrl' });
  }
  const terminalKey = read.text(input, 'terminalKey', undefined);
  if (terminalKey !== undefined && (terminalKey.trim() === '' || terminalKey.trim() === EXAMPLE_TERMINAL_KEY))
    problems.push({ kind: terminalKey.trim() === '' ? 'missing' : 'notSet', field: 'terminalKey' });

  const conversion = read.text(input, 'conversion', defaults.conversion) ?? defaults.conversion;
  const compiled = compileChain(conversion);
  if (!compiled.ok)
    problems.push({
      kind: 'chain',
      field: 'conversion',
      position: compiled.error.position + 1,
      detail: compiled.error.message,
    });

  const config: TerminalConfig = {
    tenantUrl: tenantUrl?.trim() ?? '',
    terminalKey: terminalKey?.trim() ?? '',
    conversion,
    enrollmentPrompt: read.yesNo(input, 'enrollmentPrompt', defaults.enrollmentPrompt),
    secret: read.oneOf(input, 'secret', ['password', 'password-or-otp'] as const, defaults.secret),
    clientAuthentication: read.yesNo(input, 'clientAuthentication', defaults.clientAuthentication),
    phoneHandover: read.yesNo(input, 'phoneHandover', defaults.phoneHandover),
    locale: read.oneOf(input, 'locale', ['auto', ...locales] as const, defaults.locale),
    installerView: read.yesNo(input, 'installerView', defaults.installerView),
    timeouts: readTimeouts(read, input, defaults.timeouts),
    reader: readReader(read, input, defaults.reader, shell, problems),
  };
  return problems.length === 0 ? { ok: true, config } : { ok: false, problems };
}

function readTimeouts(read: FieldReader, input: Json, defaults: TimeoutsConfig): TimeoutsConfig {
  const group = read.group(input, 'timeouts');
  if (!group) return defaults;
  const path = 'timeouts.';
  read.known(group, path, Object.keys(defaults));
  const promptSeconds = read.number(group, path, 'promptSeconds', 5, 600, defaults.promptSeconds);
  const credentialsSeconds = read.number(
    group,
    path,
    'credentialsSeconds',
    15,
    900,
    defaults.credentialsSeconds,
  );
  const failedSeconds = read.number(group, path, 'failedSeconds', 5, 600, defaults.failedSeconds);
  const signedInSeconds = read.number(group, path, 'signedInSeconds', 5, 3600, defaults.signedInSeconds);
  // Time to take out a phone, scan, sign in to the portal and confirm.
  const handoverSeconds = read.number(group, path, 'handoverSeconds', 60, 900, defaults.handoverSeconds);
  // The warning must come before the shortest screen closes, or nobody would ever see it.
  const shortest = Math.min(
    promptSeconds,
    credentialsSeconds,
    failedSeconds,
    signedInSeconds,
    handoverSeconds,
  );
  const warningDefault = Math.min(defaults.warningSeconds, Math.floor(shortest / 2));
  return {
    promptSeconds,
    credentialsSeconds,
    failedSeconds,
    signedInSeconds,
    handoverSeconds,
    warningSeconds: read.number(group, path, 'warningSeconds', 0, Math.min(60, shortest - 1), warningDefault),
    tenantSeconds: read.number(group, path, 'tenantSeconds', 1, 60, defaults.tenantSeconds),
  };
}

function readReader(
  read: FieldReader,
  input: Json,
  defaults: ReaderConfig,
  shell: ShellName,
  problems: ConfigProblem[],
): ReaderConfig {
  const group = read.group(input, 'reader');
  if (!group) return defaults;
  const path = 'reader.';
  read.known(group, path, Object.keys(defaults));
  const kind = read.oneOf(group, 'kind', shellReaderKinds[shell], defaults.kind, path);
  const hidFilters = readHidFilters(read, group, problems);
  if (kind === 'webhid' && hidFilters.length === 0)
    problems.push({ kind: 'missing', field: 'reader.hidFilters' });
  return {
    kind,
    debounceMs: read.number(group, path, 'debounceMs', 0, 5000, defaults.debounceMs),
    maxGapMs: read.number(group, path, 'maxGapMs', 5, 500, defaults.maxGapMs),
    endGapMs: read.number(group, path, 'endGapMs', 0, 1000, defaults.endGapMs),
    minLength: read.number(group, path, 'minLength', 1, 64, defaults.minLength),
    prefix: read.text(group, 'prefix', defaults.prefix, path) ?? defaults.prefix,
    suffix: read.text(group, 'suffix', defaults.suffix, path) ?? defaults.suffix,
    keyMap: read.oneOf(group, 'keyMap', ['physical', 'character'] as const, defaults.keyMap, path),
    hidFilters,
    hidDecoder: read.oneOf(group, 'hidDecoder', ['raw-hex', 'ascii-cr'] as const, defaults.hidDecoder, path),
  };
}

function readHidFilters(read: FieldReader, reader: Json, problems: ConfigProblem[]): HidFilterConfig[] {
  const list = reader.hidFilters;
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    problems.push({ kind: 'wrongType', field: 'reader.hidFilters', expected: 'list' });
    return [];
  }
  const filters: HidFilterConfig[] = [];
  list.forEach((entry: unknown, index) => {
    const path = `reader.hidFilters[${index}].`;
    if (!isGroup(entry)) {
      problems.push({ kind: 'wrongType', field: path.slice(0, -1), expected: 'group' });
      return;
    }
    read.known(entry, path, ['vendorId', 'productId', 'usagePage', 'usage']);
    const filter: { -readonly [K in keyof HidFilterConfig]: HidFilterConfig[K] } = {};
    for (const key of ['vendorId', 'productId', 'usagePage', 'usage'] as const) {
      if (entry[key] !== undefined) filter[key] = read.number(entry, path, key, 0, 0xffff, 0);
    }
    filters.push(filter);
  });
  return filters;
}

type FieldReader = ReturnType<typeof fieldReader>;

/** Reads typed fields out of JSON groups, recording a problem (and using the default) for each bad one. */
function fieldReader(problems: ConfigProblem[]) {
  const wrong = (field: string, expected: ExpectedType) =>
    problems.push({ kind: 'wrongType', field, expected });
  return {
    /** Names every field the group has that this shell does not know: a misspelt setting must not pass silently. */
    known(group: Json, path: string, names: readonly string[]): void {
      for (const name of Object.keys(group)) {
        // Keys starting with "//" are comments: JSON has none of its own.
        if (!names.includes(name) && !name.startsWith('//'))
          problems.push({ kind: 'unknownField', field: path + name });
      }
    },
    text(group: Json, name: string, fallback: string | undefined, path = ''): string | undefined {
      const value = group[name];
      if (value === undefined) {
        if (fallback === undefined) problems.push({ kind: 'missing', field: path + name });
        return fallback;
      }
      if (typeof value === 'string') return value;
      wrong(path + name, 'text');
      return fallback;
    },
    yesNo(group: Json, name: string, fallback: boolean): boolean {
      const value = group[name];
      if (value === undefined) return fallback;
      if (typeof value === 'boolean') return value;
      wrong(name, 'yesNo');
      return fallback;
    },
    number(group: Json, path: string, name: string, min: number, max: number, fallback: number): number {
      const value = group[name];
      if (value === undefined) return fallback;
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        wrong(path + name, 'number');
        return fallback;
      }
      if (value < min || value > max) {
        problems.push({ kind: 'outOfRange', field: path + name, min, max });
        return fallback;
      }
      return value;
    },
    oneOf<T extends string>(group: Json, name: string, choices: readonly T[], fallback: T, path = ''): T {
      const value = group[name];
      if (value === undefined) return fallback;
      if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
      problems.push({ kind: 'oneOf', field: path + name, choices });
      return fallback;
    },
    group(parent: Json, name: string): Json | undefined {
      const value = parent[name];
      if (value === undefined) return undefined;
      if (isGroup(value)) return value;
      wrong(name, 'group');
      return undefined;
    },
  };
}

function isGroup(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
