import { type ReadonlySignal, signal } from '@preact/signals';
import { parseRoute, type Route, routeHref } from './route';

/** Where the portal is, and the way to move: path routing over the History API. */
export interface Router {
  readonly route: ReadonlySignal<Route>;
  readonly base: string;
  href(route: Route): string;
  /** Shows `route`; `replace` for a redirect, so Back does not return to the page that redirected. */
  go(route: Route, options?: { readonly replace?: boolean }): void;
  /** Stops following the browser's Back and Forward. */
  dispose(): void;
}

/** A router on `window`'s location and history; `base` is the portal's base path, e.g. `/portal/`. */
export function createRouter(win: Window, base: string): Router {
  const read = () => parseRoute(win.location.pathname, win.location.search, base);
  const route = signal<Route>(read());
  const onPopState = () => {
    route.value = read();
  };
  win.addEventListener('popstate', onPopState);
  return {
    route,
    base,
    href: (to) => routeHref(to, base),
    go: (to, options = {}) => {
      const href = routeHref(to, base);
      if (options.replace) win.history.replaceState(null, '', href);
      else win.history.pushState(null, '', href);
      route.value = to;
      win.scrollTo?.(0, 0);
    },
    dispose: () => win.removeEventListener('popstate', onPopState),
  };
}
