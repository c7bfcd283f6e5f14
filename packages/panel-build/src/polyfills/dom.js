// biome-ignore-all lint: ES5 source: the panel browsers may run it before anything else exists.
// biome-ignore-all format: ES5 source: the formatter would add ES2017 trailing commas to calls.
// ChildNode.remove (Safari 7): Preact 11 takes nodes out of the page with node.remove().
(function (global) {
  'use strict';
  var owners = [global.Element, global.CharacterData, global.DocumentType];

  function remove() {
    if (this.parentNode) this.parentNode.removeChild(this);
  }

  for (var i = 0; i < owners.length; i += 1) {
    var proto = owners[i] && owners[i].prototype;
    if (proto && !('remove' in proto)) {
      Object.defineProperty(proto, 'remove', { value: remove, configurable: true, writable: true });
    }
  }
})(window);
