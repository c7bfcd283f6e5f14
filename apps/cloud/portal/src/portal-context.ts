import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PortalClient } from './api/portal-client';
import type { LanguageModel } from './i18n/language-model';
import type { Router } from './routing/router';
import type { SessionModel } from './session/session-model';

/** What every page needs: the API, the session, the router and the language. */
export interface Portal {
  readonly client: PortalClient;
  readonly language: LanguageModel;
  readonly session: SessionModel;
  readonly router: Router;
}

export const PortalContext = createContext<Portal | null>(null);

export function usePortal(): Portal {
  const portal = useContext(PortalContext);
  if (!portal) throw new Error('usePortal needs a PortalContext provider (see create-portal.ts)');
  return portal;
}
