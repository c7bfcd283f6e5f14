// biome-ignore-all lint: ES5 source: the panel browsers run it as written, before any other code.
// biome-ignore-all format: ES5 source: no trailing commas in calls.
// URL as a constructor (Safari 7; older WebKit has URL only for createObjectURL): the core checks the
// tenant URL with new URL(). A read-only snapshot: href, protocol, host, hostname, port, pathname, search,
// hash, origin. The browser itself resolves the URL, through a link in a document of its own whose
// <base> is the base URL.
(function (global) {
  'use strict';
  var Native = global.URL;
  try {
    if (new Native('b?c', 'http://a/').href === 'http://a/b?c') return;
  } catch (error) {
    // Missing, or not a constructor here.
  }
  var absolute = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

  function URL(url, base) {
    if (!(this instanceof URL)) throw new TypeError("Constructor URL requires 'new'");
    var href = String(url);
    if (base === undefined ? !absolute.test(href) : !absolute.test(String(base))) {
      throw new TypeError('Invalid URL: ' + href);
    }
    var doc = global.document.implementation.createHTMLDocument('');
    if (base !== undefined) {
      var baseElement = doc.createElement('base');
      baseElement.href = String(base);
      doc.getElementsByTagName('head')[0].appendChild(baseElement);
    }
    var link = doc.createElement('a');
    link.href = href;
    doc.body.appendChild(link);
    if (!link.protocol || link.protocol === ':' || !absolute.test(link.href)) throw new TypeError('Invalid URL: ' + href);
    this.href = link.href;
    this.protocol = link.protocol;
    this.host = link.host;
    this.hostname = link.hostname;
    this.port = link.port;
    this.pathname = link.pathname.charAt(0) === '/' ? link.pathname : '/' + link.pathname;
    this.search = link.search;
    this.hash = link.hash;
    this.origin = link.protocol + '//' + link.host;
  }
  URL.prototype.toString = function () {
    return this.href;
  };
  URL.prototype.toJSON = URL.prototype.toString;
  // Keep what the old URL object did have, for blobs.
  if (Native) {
    if (Native.createObjectURL) URL.createObjectURL = Native.createObjectURL.bind(Native);
    if (Native.revokeObjectURL) URL.revokeObjectURL = Native.revokeObjectURL.bind(Native);
  }
  global.URL = URL;
})(window);
