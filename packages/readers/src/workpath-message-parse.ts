import type { ReaderStatus } from './reader-status';
import { type HostMessage, WORKPATH_BRIDGE_VERSION } from './workpath-bridge-protocol';

/** Longer messages are not from our host: a report is a few dozen bytes. */
const MAX_MESSAGE_CHARS = 16_384;
const MAX_ID_CHARS = 128;
const HEX_BYTES = /^(?:[0-9A-Fa-f]{2}){0,1024}$/;

type Fields = Readonly<Record<string, unknown>>;

/**
 * Validates one message from the host, a JSON string (or an already parsed object). Anything malformed, of
 * another major version or of an unknown type is `undefined`, so a newer host or a stray message is ignored.
 */
export function parseHostMessage(data: unknown): HostMessage | undefined {
  const fields = toFields(data);
  if (!fields || fields.v !== WORKPATH_BRIDGE_VERSION) return undefined;
  switch (fields.type) {
    case 'accessory-context': {
      const { contextId, state } = fields;
      if (!isId(contextId) || (state !== 'created' && state !== 'resent' && state !== 'revoked'))
        return undefined;
      return { type: 'accessory-context', contextId, state };
    }
    case 'hid-report': {
      const { contextId, ordinal, data: hex } = fields;
      if (!isId(contextId) || !Number.isSafeInteger(ordinal) || (ordinal as number) < 0) return undefined;
      if (typeof hex !== 'string' || !HEX_BYTES.test(hex)) return undefined;
      return { type: 'hid-report', contextId, ordinal: ordinal as number, bytes: hexToBytes(hex) };
    }
    case 'reader-status': {
      const status = toReaderStatus(fields);
      return status && { type: 'reader-status', status };
    }
    case 'session-ended':
      return { type: 'session-ended' };
    default:
      return undefined;
  }
}

function toFields(data: unknown): Fields | undefined {
  let value = data;
  if (typeof data === 'string') {
    if (data.length > MAX_MESSAGE_CHARS) return undefined;
    try {
      value = JSON.parse(data);
    } catch {
      return undefined;
    }
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
}

function toReaderStatus(fields: Fields): ReaderStatus | undefined {
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' && value.trim() !== '' ? value.slice(0, 200) : undefined;
  switch (fields.status) {
    case 'connected':
      return { kind: 'connected', productName: text(fields.productName) ?? 'Card reader' };
    case 'no-reader':
      return { kind: 'waiting-for-device' };
    case 'no-permission':
      return { kind: 'no-permission' };
    case 'error':
      return { kind: 'error', message: text(fields.message) ?? 'The card reader reported an error' };
    default:
      return undefined;
  }
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && value.length <= MAX_ID_CHARS;
}

function hexToBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}
