// biome-ignore-all lint: ES5 source: the panel browsers may run it before anything else exists.
// biome-ignore-all format: ES5 source: the formatter would add ES2017 trailing commas to calls.
// TextEncoder (Safari 10.1), encode only: ky measures a string with it while it loads, so without it the
// whole bundle stops at start. UTF-8 with U+FFFD for a lone surrogate, as the Encoding standard says.
(function (global) {
  'use strict';
  if (typeof global.TextEncoder === 'function') return;

  function TextEncoder() {
    if (!(this instanceof TextEncoder)) throw new TypeError("Constructor TextEncoder requires 'new'");
  }
  Object.defineProperty(TextEncoder.prototype, 'encoding', { value: 'utf-8' });
  Object.defineProperty(TextEncoder.prototype, 'encode', {
    configurable: true,
    writable: true,
    value: function encode(input) {
      var text = input === undefined ? '' : String(input);
      var bytes = [];
      for (var i = 0; i < text.length; i += 1) {
        var code = text.charCodeAt(i);
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
          var low = text.charCodeAt(i + 1);
          if (low >= 0xdc00 && low <= 0xdfff) {
            code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
            i += 1;
          }
        }
        if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
        if (code < 0x80) bytes.push(code);
        else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
        else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
        else {
          bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
        }
      }
      return typeof global.Uint8Array === 'function' ? new global.Uint8Array(bytes) : bytes;
    },
  });
  global.TextEncoder = TextEncoder;
})(window);
