import {
  type CardSource,
  type ChainCompiler,
  createEnrollmentModel,
  createTenantClient,
  flowConfigOf,
  type Locale,
  type PanelHost,
  type ShellName,
  standaloneHost,
  type TerminalConfig,
  toFailure,
} from '@cardenroll/core';
import { mount, mountConfigProblem, mountPartMissing } from '@cardenroll/ui';
import { signal } from '@preact/signals';
import { catalogFileLoader } from './catalog-files';
import { restrictConnectionsToTenant } from './connection-policy';
import {
  type ChainCompilerLoader,
  type ConfigTextLoader,
  fetchConfigText,
  loadTerminalConfig,
} from './load-config';
import { type CatalogLoader, createPanelLanguage, loadLanguage, type PanelLanguage } from './panel-language';
import { deviceLanguages, panelLocale } from './panel-locale';

/** What makes one shell differ from the others: its card source and its host. */
export interface ShellWiring {
  readonly shell: ShellName;
  readonly cardSource: (config: TerminalConfig) => CardSource;
  /** Default: the panel browser itself, our signed-in screen with Log out being the session. */
  readonly host?: (config: TerminalConfig) => PanelHost;
  /** The host's or device's languages, best first. Default: the browser's. */
  readonly hostLanguages?: () => readonly string[];
}

export interface StartShellOptions {
  readonly root: HTMLElement;
  /** Default `./config.json`, next to index.html. */
  readonly configUrl?: string;
  readonly loadConfigText?: ConfigTextLoader;
  /** Default: the conversion chains' file the build wrote next to the page. */
  readonly loadConversionEngine?: ChainCompilerLoader;
  /** Default: the catalog files the build wrote next to the page. */
  readonly loadCatalog?: CatalogLoader;
}

/**
 * Starts a shell: loads and checks config.json, then runs the panel with the shell's card source and host.
 * A config that cannot be used shows the installer what to fix, with Load again; never a blank panel.
 */
export async function startShell(wiring: ShellWiring, options: StartShellOptions): Promise<void> {
  const { root } = options;
  const languages = wiring.hostLanguages ?? deviceLanguages;
  const loadCatalog = options.loadCatalog ?? catalogFileLoader();
  const result = await loadTerminalConfig(
    wiring.shell,
    options.configUrl ?? './config.json',
    options.loadConfigText ?? fetchConfigText,
    options.loadConversionEngine,
  );
  if (!result.ok) {
    const language = await loadLanguage(panelLocale('auto', languages()), loadCatalog);
    const onRetry = () => {
      unmount();
      void startShell(wiring, options);
    };
    const unmount =
      'problems' in result
        ? mountConfigProblem(root, { problems: result.problems, language, onRetry })
        : mountPartMissing(root, { language, onRetry });
    return;
  }
  const config = result.config;
  const first = await loadLanguage(panelLocale(config.locale, languages()), loadCatalog);
  const simulatorLink = await loadSimulatorLink();
  runPanel(wiring, config, result.compileChain, root, createPanelLanguage(first, loadCatalog), simulatorLink);
}

type SimulatorLink = typeof import('./simulator-frame').linkToSimulatorFrame;

/**
 * The link to the panel simulator, loaded only where something frames the panel (the simulator; never a
 * printer), before the first screen so that no switch or swipe of the simulator's is missed (decision 0025).
 */
async function loadSimulatorLink(): Promise<SimulatorLink | undefined> {
  if (typeof window === 'undefined' || window.parent === window) return undefined;
  try {
    return (await import('./simulator-frame')).linkToSimulatorFrame;
  } catch (error) {
    console.warn('The simulator link could not be loaded:', error);
    return undefined;
  }
}

function runPanel(
  wiring: ShellWiring,
  config: TerminalConfig,
  compileChain: ChainCompiler,
  root: HTMLElement,
  language: PanelLanguage,
  simulatorLink: SimulatorLink | undefined,
) {
  restrictConnectionsToTenant(config.tenantUrl);
  const compiled = compileChain(config.conversion);
  const tenantMs = config.timeouts.tenantSeconds * 1000;
  const model = createEnrollmentModel({
    config: flowConfigOf(config),
    tenant: createTenantClient({
      tenantUrl: config.tenantUrl,
      terminalKey: config.terminalKey,
      timeoutMs: tenantMs,
      // Two retries and their waits fit in 2.5 attempts' time (20 s at the default 8 s); a person at the
      // panel will not wait much longer than that anyway.
      deadlineMs: tenantMs * 2.5,
    }),
    host: wiring.host?.(config) ?? standaloneHost,
    toFailure,
    // The config check compiled it already; a failure here cannot happen, and falls back to the plain read.
    ...(compiled.ok ? { convertRead: compiled.convert } : {}),
  });
  const live = {
    requestLocale: (locale: Locale) => void language.request(locale),
    installerView: signal(config.installerView),
  };
  simulatorLink?.(model, live);
  model.connect(wiring.cardSource(config));
  mount(root, {
    model,
    language: language.shown,
    diagnostics: live.installerView,
    credentials: {
      acceptsOneTimePassword: config.secret === 'password-or-otp',
      clientAuthentication: config.clientAuthentication,
      phoneHandover: config.phoneHandover,
    },
  });
}
