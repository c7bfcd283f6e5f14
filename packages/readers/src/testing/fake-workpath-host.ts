import type { WorkpathBridgeEndpoint } from '../workpath-bridge-endpoint';

/**
 * Plays the Workpath WebView host: records what the panel posts (parsed from JSON) and delivers host
 * messages as the injected object does, as `message` events whose data is a JSON string. Only for tests.
 */
export class FakeWorkpathHost implements WorkpathBridgeEndpoint {
  readonly received: unknown[] = [];
  private readonly listeners = new Set<(event: MessageEvent) => void>();

  postMessage(message: string): void {
    this.received.push(JSON.parse(message));
  }

  /** Sends a host message; objects are serialized, strings go as they are (to test malformed ones). */
  send(message: object | string): void {
    const data = typeof message === 'string' ? message : JSON.stringify(message);
    const event = new MessageEvent('message', { data });
    for (const listener of [...this.listeners]) listener(event);
  }

  /** Sends one HID report of `bytes` as the host would, hex encoded. */
  sendReport(contextId: string, ordinal: number, bytes: readonly number[]): void {
    const data = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');
    this.send({ v: 1, type: 'hid-report', contextId, ordinal, data });
  }

  /** Sends an accessory-context message. */
  sendContext(contextId: string, state: 'created' | 'resent' | 'revoked'): void {
    this.send({ v: 1, type: 'accessory-context', contextId, state });
  }

  /** How many listeners are attached: a stopped source or host must leave none behind. */
  get listening(): number {
    return this.listeners.size;
  }

  addEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
    this.listeners.delete(listener);
  }
}
