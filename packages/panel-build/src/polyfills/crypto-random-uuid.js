// biome-ignore-all lint: ES5 source: the panel browsers may run it before anything else exists.
// biome-ignore-all format: ES5 source: the formatter would add ES2017 trailing commas to calls.
// crypto.randomUUID (Safari 15.4, and only on HTTPS or localhost): the flow controller makes each
// enrollment's Idempotency-Key with it. Random bytes come from crypto.getRandomValues (Safari 6.1).
(function (global) {
  'use strict';
  var crypto = global.crypto;
  if (crypto && typeof crypto.randomUUID === 'function') return;
  if (!crypto) {
    crypto = {};
    try {
      global.crypto = crypto;
    } catch (error) {
      return;
    }
  }

  function randomBytes() {
    var bytes = typeof global.Uint8Array === 'function' ? new global.Uint8Array(16) : [];
    if (typeof crypto.getRandomValues === 'function' && typeof global.Uint8Array === 'function') {
      crypto.getRandomValues(bytes);
      return bytes;
    }
    // No crypto.getRandomValues at all: Math.random, which is predictable. Acceptable here only because
    // the one caller is the Idempotency-Key, which is not a secret: it travels with the request it names
    // and only has to differ from the keys of other submits. Never use this randomUUID for a secret.
    for (var i = 0; i < 16; i += 1) bytes[i] = Math.floor(Math.random() * 256);
    return bytes;
  }

  crypto.randomUUID = function randomUUID() {
    var bytes = randomBytes();
    bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // variant 10xx
    var hex = '';
    for (var i = 0; i < 16; i += 1) {
      hex += (bytes[i] + 0x100).toString(16).slice(1);
      if (i === 3 || i === 5 || i === 7 || i === 9) hex += '-';
    }
    return hex;
  };
})(window);
