import { describe, expect, it } from 'vitest';
import { parseRoute, type Route, routeHref } from './route';

const base = '/portal/';

describe('portal routes', () => {
  it.each<[string, string, Route]>([
    ['/portal/', '', { page: 'signIn' }],
    ['/portal', '', { page: 'signIn' }],
    ['/portal/index.html', '', { page: 'signIn' }],
    ['/portal/profile', '', { page: 'profile' }],
    ['/portal/profile/', '', { page: 'profile' }],
    ['/portal/users', '', { page: 'users' }],
    ['/portal/users/u%2F1', '', { page: 'user', userId: 'u/1' }],
    ['/portal/users/%E0%A4%A', '', { page: 'notFound' }],
    ['/portal/audit', '', { page: 'audit' }],
    ['/portal/account', '', { page: 'account' }],
    ['/portal/terminals', '', { page: 'terminals' }],
    ['/portal/link', '', { page: 'link' }],
    ['/portal/link', '?code=', { page: 'link' }],
    ['/portal/link', '?code=K7P3QX', { page: 'link', code: 'K7P3QX' }],
    ['/portal/users/u1/cards', '', { page: 'notFound' }],
    ['/portal/nothing', '', { page: 'notFound' }],
    ['/elsewhere', '', { page: 'notFound' }],
  ])('reads %s%s', (pathname, search, route) => {
    expect(parseRoute(pathname, search, base)).toEqual(route);
  });

  it.each<Route>([
    { page: 'signIn' },
    { page: 'profile' },
    { page: 'users' },
    { page: 'user', userId: 'u 1/2' },
    { page: 'audit' },
    { page: 'account' },
    { page: 'terminals' },
    { page: 'link' },
    { page: 'link', code: 'K7P-3QX' },
  ])('writes a path that reads back as the same route: %o', (route) => {
    const url = new URL(routeHref(route, base), 'https://cards.example');
    expect(parseRoute(url.pathname, url.search, base)).toEqual(route);
  });
});
