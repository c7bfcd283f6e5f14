import { createPortalClient } from './api/portal-client';
import type { FetchLike } from './api/portal-request';
import { createLanguageModel, type LanguageStore } from './i18n/language-model';
import { loadCatalog } from './i18n/load-catalog';
import type { Portal } from './portal-context';
import { createRouter } from './routing/router';
import { createSessionModel } from './session/session-model';

export interface PortalOptions {
  /** The portal's base path with its trailing slash, e.g. `/portal/`. */
  readonly base: string;
  readonly window: Window;
  readonly fetch?: FetchLike;
  /** The browser's languages, most wanted first; `navigator.languages` when not given. */
  readonly languages?: readonly string[];
}

function storageOf(window: Window): LanguageStore | undefined {
  try {
    return window.localStorage;
  } catch {
    // Reading localStorage itself throws where storage is blocked.
    return undefined;
  }
}

/** Wires the client, the session, the router and the language; the session ends wherever a call finds it gone. */
export function createPortal(options: PortalOptions): Portal {
  const client = createPortalClient({
    apiBase: `${options.base}api`,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    onSessionEnded: () => session.ended(),
  });
  const session = createSessionModel(client);
  const language = createLanguageModel({
    preferred: options.languages ?? options.window.navigator.languages,
    store: storageOf(options.window),
    load: loadCatalog,
  });
  return { client, session, language, router: createRouter(options.window, options.base) };
}
