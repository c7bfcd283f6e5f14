// @vitest-environment happy-dom

import type { UserSummary } from '@cardenroll/contract';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeService, json } from '../testing/fake-service';
import { admin, renderPortal, signedInAs } from '../testing/render-portal';

afterEach(() => cleanup());

const user = (username: string, overrides: Partial<UserSummary> = {}): UserSummary => ({
  id: `u_${username}`,
  username,
  displayName: username.toUpperCase(),
  email: `${username}@example.test`,
  role: 'user',
  cardCount: 1,
  lockedUntil: null,
  disabled: false,
  provider: null,
  ...overrides,
});

describe('Users', () => {
  it('lists users with their cards and lock state, searches, and opens a user', async () => {
    const service = createFakeService();
    signedInAs(service, admin);
    service.on(
      'GET /users',
      () =>
        json(200, {
          users: [user('alice', { cardCount: 2 }), user('bob', { lockedUntil: '2099-01-01T00:00:00Z' })],
        }),
      () => json(200, { users: [user('bob')] }),
    );
    service.on('GET /users/u_bob/cards', () => json(200, { user: user('bob'), cards: [] }));
    service.on('GET /users/u_bob/clients', () => json(200, { clients: [] }));
    const { portal } = await renderPortal(service, '/portal/users');
    await screen.findByRole('table');
    const cells = within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(cells[0]).toEqual(['alice', 'ALICE', '2', 'Active']);
    expect(cells[1]?.[3]).toMatch(/^Locked until /);

    fireEvent.input(screen.getByRole('searchbox', { name: 'Search by username or display name' }), {
      target: { value: ' bo ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect((await screen.findByText('1 user matches “bo”.')).getAttribute('role')).toBe('status');
    expect(service.seen('GET /users').map((r) => r.path)).toEqual(['/users?query=', '/users?query=bo']);

    fireEvent.click(screen.getByRole('link', { name: 'bob' }));
    await screen.findByRole('heading', { level: 1, name: 'Cards of BOB' });
    expect(portal.router.route.value).toEqual({ page: 'user', userId: 'u_bob' });
    expect(window.location.pathname).toBe('/portal/users/u_bob');
  });
});
