import { createPortalClient } from './api/portal-client';
import type { FetchLike } from './api/portal-request';
import type { Portal } from './portal-context';
import { createRouter } from './routing/router';
import { createSessionModel } from './session/session-model';

export interface PortalOptions {
  /** The portal's base path with its trailing slash, e.g. `/portal/`. */
  readonly base: string;
  readonly window: Window;
  readonly fetch?: FetchLike;
}

/** Wires the client, the session and the router; the session ends wherever a call finds it gone. */
export function createPortal(options: PortalOptions): Portal {
  const client = createPortalClient({
    apiBase: `${options.base}api`,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    onSessionEnded: () => session.ended(),
  });
  const session = createSessionModel(client);
  return { client, session, router: createRouter(options.window, options.base) };
}
