/**
 * The mock tenant's QR code for every hand-over: a fixed 25×25 placeholder with a QR code's three finder
 * patterns and nothing to scan. The reference service (apps/cloud) draws the real one. One-bit grey, no
 * alpha channel, as the HP panel browser wants its PNGs.
 */
const placeholderQrBase64 =
  'iVBORw0KGgoAAAANSUhEUgAAABkAAAAZAQAAAADskrjOAAAAOUlEQVR42mP4DwQMYOJAPeN/hvv1tf8ZLta7IhNgsQOhjFB1/+v/42EdALHug4iLqARY7ABCBxAAAJOkUzVBoH/yAAAAAElFTkSuQmCC';

/** The placeholder PNG's bytes. */
export function placeholderQrPng(): Uint8Array {
  return Uint8Array.from(atob(placeholderQrBase64), (char) => char.charCodeAt(0));
}
