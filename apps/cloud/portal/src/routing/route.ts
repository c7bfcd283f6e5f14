/** The portal's pages, as data: what a path under the portal's base means. */
export type Route =
  | { readonly page: 'signIn' }
  | { readonly page: 'profile' }
  | { readonly page: 'account' }
  | { readonly page: 'users' }
  | { readonly page: 'user'; readonly userId: string }
  | { readonly page: 'audit' }
  | { readonly page: 'terminals' }
  | { readonly page: 'providers' }
  | { readonly page: 'link'; readonly code?: string }
  /** Connecting a desktop client: the device grant's verification page (docs/oauth-device.md). */
  | { readonly page: 'device'; readonly code?: string }
  | { readonly page: 'notFound' };

export type Page = Route['page'];

/** The pages only administrators may open. */
export function isAdminPage(route: Route): boolean {
  return (
    route.page === 'users' ||
    route.page === 'user' ||
    route.page === 'audit' ||
    route.page === 'terminals' ||
    route.page === 'providers'
  );
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The route of a path and query; `base` is the portal's base path with its trailing slash. */
export function parseRoute(pathname: string, search: string, base: string): Route {
  if (!pathname.startsWith(base) && `${pathname}/` !== base) return { page: 'notFound' };
  const parts = pathname
    .slice(base.length)
    .split('/')
    .filter((part) => part !== '');
  const [first, second, ...rest] = parts;
  if (rest.length > 0) return { page: 'notFound' };
  if (first === undefined || (first === 'index.html' && second === undefined)) return { page: 'signIn' };
  if (second === undefined) {
    if (first === 'profile') return { page: 'profile' };
    if (first === 'users') return { page: 'users' };
    if (first === 'audit') return { page: 'audit' };
    if (first === 'account') return { page: 'account' };
    if (first === 'terminals') return { page: 'terminals' };
    if (first === 'providers') return { page: 'providers' };
    if (first === 'link' || first === 'device') {
      const code = new URLSearchParams(search).get('code');
      return code === null || code.trim() === '' ? { page: first } : { page: first, code };
    }
    return { page: 'notFound' };
  }
  const userId = first === 'users' ? decode(second) : undefined;
  return userId ? { page: 'user', userId } : { page: 'notFound' };
}

/** The path (and query) of a route. */
export function routeHref(route: Route, base: string): string {
  switch (route.page) {
    case 'signIn':
      return base;
    case 'profile':
    case 'account':
    case 'users':
    case 'audit':
    case 'terminals':
    case 'providers':
      return `${base}${route.page}`;
    case 'user':
      return `${base}users/${encodeURIComponent(route.userId)}`;
    case 'link':
    case 'device':
      return route.code === undefined
        ? `${base}${route.page}`
        : `${base}${route.page}?${new URLSearchParams({ code: route.code })}`;
    case 'notFound':
      return `${base}not-found`;
    default:
      return route satisfies never;
  }
}
