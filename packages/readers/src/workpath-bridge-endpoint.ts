/**
 * The object the Workpath WebView host injects as `window.cardenrollBridge` (AndroidX WebKit's
 * `addWebMessageListener`): strings go out with `postMessage`, the host's answers arrive as `message` events.
 */
export interface WorkpathBridgeEndpoint {
  postMessage(message: string): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** The name the host registers the object under; part of the bridge contract. */
export const WORKPATH_BRIDGE_OBJECT = 'cardenrollBridge';

/** The injected bridge, or `undefined` outside the Workpath host (a desktop browser, the simulator). */
export function findWorkpathBridge(scope: object = globalThis): WorkpathBridgeEndpoint | undefined {
  const candidate: unknown = Reflect.get(scope, WORKPATH_BRIDGE_OBJECT);
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  const { postMessage, addEventListener } = candidate as Partial<WorkpathBridgeEndpoint>;
  return typeof postMessage === 'function' && typeof addEventListener === 'function'
    ? (candidate as WorkpathBridgeEndpoint)
    : undefined;
}
