import type { HostSession, User } from '@cardenroll/core';
import type { ReaderStatus } from './reader-status';

/** The bridge contract's major version (docs/workpath-bridge.md); each message carries it as `v`. */
export const WORKPATH_BRIDGE_VERSION = 1;

/**
 * A host → panel message once validated: the wire form is JSON with `v` and hex `data`
 * (docs/workpath-bridge.md); here the report's bytes are decoded and the reader status is ours.
 */
export type HostMessage =
  | {
      readonly type: 'accessory-context';
      readonly contextId: string;
      readonly state: 'created' | 'resent' | 'revoked';
    }
  | {
      readonly type: 'hid-report';
      readonly contextId: string;
      readonly ordinal: number;
      readonly bytes: Uint8Array;
    }
  | { readonly type: 'reader-status'; readonly status: ReaderStatus }
  | { readonly type: 'session-ended' };

/** A panel → host message; `encodePanelMessage` adds the version. */
export type PanelMessage =
  | { readonly type: 'ready'; readonly versions: readonly number[] }
  | { readonly type: 'sign-in'; readonly user: User; readonly session: HostSession }
  | { readonly type: 'sign-out' };

/** The JSON string the host receives: a string, because the injected object's postMessage takes one. */
export function encodePanelMessage(message: PanelMessage): string {
  return JSON.stringify({ v: WORKPATH_BRIDGE_VERSION, ...message });
}
