// biome-ignore-all lint: ES5 source: it runs in the panel browsers' old engines as written.
// biome-ignore-all format: ES5 source: the formatter would add ES2017 trailing commas to calls.
/*
 * The ES5 panel's module loader (decision 0025): the legacy build's chunks register with `define(id,
 * dependencies, factory)` (Babel's AMD output, each chunk named by its file), and a chunk that is needed
 * later is loaded as a classic <script src> from the panel's own origin, which the panels' CSP allows
 * (script-src 'self'). A script that fails to load is forgotten, so asking again loads it again.
 * ES5, no polyfill needed: it runs right after the polyfills, in the entry script.
 */
((global) => {
  /** id → { dependencies, factory, exports } */
  var modules = {};
  /** id → callbacks waiting for the script of that id */
  var waiting = {};

  function resolve(from, dependency) {
    var base = from.slice(0, from.lastIndexOf('/') + 1);
    var parts = (base + dependency).split('/');
    var out = [];
    for (var i = 0; i < parts.length; i++) {
      if (parts[i] === '..') out.pop();
      else if (parts[i] !== '.' && parts[i] !== '') out.push(parts[i]);
    }
    return out.join('/');
  }

  function isSpecial(dependency) {
    return dependency === 'exports' || dependency === 'require';
  }

  function define(id, dependencies, factory) {
    modules[id] = { dependencies: dependencies, factory: factory, exports: null };
  }

  function loadScript(id, done) {
    if (modules[id]) return done(null);
    if (waiting[id]) return void waiting[id].push(done);
    var callbacks = (waiting[id] = [done]);
    var script = document.createElement('script');
    function finish(error) {
      script.onload = script.onerror = null;
      delete waiting[id];
      if (error && script.parentNode) script.parentNode.removeChild(script);
      for (var i = 0; i < callbacks.length; i++) callbacks[i](error);
    }
    script.onload = () => {
      finish(modules[id] ? null : new Error('panel part ' + id + ' did not register'));
    };
    script.onerror = () => {
      finish(new Error('panel part ' + id + ' could not be loaded'));
    };
    script.src = id;
    (document.head || document.documentElement).appendChild(script);
  }

  /** Loads `ids` and everything they depend on; `done(error)` once, when all are there or one failed. */
  function loadAll(ids, seen, done) {
    var left = ids.length;
    var failed = false;
    if (left === 0) return done(null);
    function one(error) {
      if (failed) return;
      if (error) {
        failed = true;
        return done(error);
      }
      if (--left === 0) done(null);
    }
    for (var i = 0; i < ids.length; i++) withDependencies(ids[i], seen, one);
  }

  function withDependencies(id, seen, done) {
    if (seen[id]) return done(null);
    seen[id] = true;
    loadScript(id, (error) => {
      if (error) return done(error);
      var next = [];
      var dependencies = modules[id].dependencies;
      for (var i = 0; i < dependencies.length; i++)
        if (!isSpecial(dependencies[i])) next.push(resolve(id, dependencies[i]));
      loadAll(next, seen, done);
    });
  }

  function instantiate(id) {
    var module = modules[id];
    if (module.exports) return module.exports;
    module.exports = {};
    var args = [];
    for (var i = 0; i < module.dependencies.length; i++) {
      var dependency = module.dependencies[i];
      if (dependency === 'exports') args.push(module.exports);
      else if (dependency === 'require') args.push(requireFrom(id));
      else args.push(instantiate(resolve(id, dependency)));
    }
    try {
      module.factory.apply(null, args);
    } catch (error) {
      module.exports = null;
      throw error;
    }
    return module.exports;
  }

  /** The `require([ids], loaded, failed)` a chunk's dynamic `import()` calls, relative to that chunk. */
  function requireFrom(base) {
    return (dependencies, loaded, failed) => {
      var ids = [];
      for (var i = 0; i < dependencies.length; i++) ids.push(resolve(base, dependencies[i]));
      loadAll(ids, {}, (error) => {
        var values = [];
        try {
          if (error) throw error;
          for (var j = 0; j < ids.length; j++) values.push(instantiate(ids[j]));
        } catch (problem) {
          if (failed) failed(problem);
          return;
        }
        loaded.apply(null, values);
      });
    };
  }

  global.cardenrollPanel = {
    define: define,
    // Runs the start-up module, once the files it imports statically (none, normally) are loaded.
    start: (id) => {
      requireFrom('')(
        [id],
        () => {},
        (error) => {
          setTimeout(() => {
            throw error;
          }, 0);
        },
      );
    },
  };
})(typeof window !== 'undefined' ? window : this);
