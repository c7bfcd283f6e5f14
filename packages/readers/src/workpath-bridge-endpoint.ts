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

/**
 * The event a host dispatches on `window` when it injects the bridge after the page's scripts ran (an
 * older WebView without `addWebMessageListener` injects at page start; the simulator on frame load).
 */
export const WORKPATH_BRIDGE_READY_EVENT = 'cardenrollbridgeready';

/**
 * Calls `use` with the injected bridge: at once when it is there, else when the host announces it. Returns
 * a function that stops waiting; `onMissing` hears that the bridge is not there (yet).
 */
export function whenWorkpathBridge(
  use: (endpoint: WorkpathBridgeEndpoint) => void,
  onMissing: () => void = () => {},
  scope: EventTarget & object = globalThis,
): () => void {
  const found = findWorkpathBridge(scope);
  if (found) {
    use(found);
    return () => {};
  }
  onMissing();
  if (typeof scope.addEventListener !== 'function') return () => {};
  const onReady = (): void => {
    const endpoint = findWorkpathBridge(scope);
    if (!endpoint) return;
    scope.removeEventListener(WORKPATH_BRIDGE_READY_EVENT, onReady);
    use(endpoint);
  };
  scope.addEventListener(WORKPATH_BRIDGE_READY_EVENT, onReady);
  return () => scope.removeEventListener(WORKPATH_BRIDGE_READY_EVENT, onReady);
}
