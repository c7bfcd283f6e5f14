// @vitest-environment happy-dom

import type { Card } from '@cardenroll/contract';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeService, json, noContent, problem } from '../testing/fake-service';
import { alice, csrfToken, renderPortal, signedInAs } from '../testing/render-portal';

afterEach(() => {
  cleanup();
  sessionStorage.clear();
  localStorage.clear();
});

const panelCard: Card = {
  id: 'c_panel',
  masked: '••••••CDEF',
  source: 'panel',
  enrolledAt: '2026-11-26T09:14:03.000Z',
  terminal: { id: 't_demo', name: 'Demo panel' },
};
const importedCard: Card = {
  id: 'c_dir',
  masked: '••••1234',
  source: 'directory',
  enrolledAt: '2026-10-01T07:00:00.000Z',
  terminal: null,
};

async function profileWith(cards: Card[]) {
  const service = createFakeService();
  signedInAs(service, alice);
  service.on('GET /me/cards', () => json(200, { cards }));
  const view = await renderPortal(service, '/portal/profile');
  await screen.findByRole('list', { name: 'Cards' });
  return { service, ...view };
}

const items = () => within(screen.getByRole('list', { name: 'Cards' })).getAllByRole('listitem');

describe('My Profile: cards', () => {
  it('lists each card masked, where it came from, when and where it was enrolled', async () => {
    await profileWith([panelCard, importedCard]);
    const [first, second] = items();
    const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(panelCard.enrolledAt),
    );
    expect(first?.textContent).toContain('••••••CDEF');
    expect(first?.textContent).toContain('Panel enrollment');
    expect(first?.textContent).toContain(when);
    expect(first?.textContent).toContain('Demo panel');
    expect(second?.textContent).toContain('Directory import');
    expect(screen.getByText(/not written back to it/)).toBeTruthy();
  });

  it('asks before removing a card, and keeps it on “Keep card”', async () => {
    const { service } = await profileWith([panelCard, importedCard]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove card ••••••CDEF' }));
    const question = screen.getByRole('group', { name: /Remove card ••••••CDEF\?/ });
    expect(document.activeElement).toBe(question);
    fireEvent.click(within(question).getByRole('button', { name: 'Keep card' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(items()).toHaveLength(2);
    expect(service.seen('DELETE /me/cards/c_panel')).toHaveLength(0);
  });

  it('removes a card once confirmed, with the CSRF token, and says so', async () => {
    const { service } = await profileWith([panelCard, importedCard]);
    service.on('DELETE /me/cards/c_panel', () => noContent());
    fireEvent.click(screen.getByRole('button', { name: 'Remove card ••••••CDEF' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove card' }));
    expect((await screen.findByRole('status')).textContent).toBe('Card ••••••CDEF removed.');
    expect(items()).toHaveLength(1);
    expect(items()[0]?.textContent).toContain('••••1234');
    expect(service.seen('DELETE /me/cards/c_panel')[0]?.headers.get('X-CSRF-Token')).toBe(csrfToken);
  });

  it('keeps the card and says why when the removal fails', async () => {
    const { service } = await profileWith([panelCard]);
    service.on('DELETE /me/cards/c_panel', () => problem(503, 'something'));
    fireEvent.click(screen.getByRole('button', { name: 'Remove card ••••••CDEF' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove card' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Card ••••••CDEF was not removed. The card service had a problem (error 503). Try again in a moment.',
    );
    expect(items()).toHaveLength(1);
  });

  it('says so when there are no cards, and offers Try again when they cannot be loaded', async () => {
    const service = createFakeService();
    signedInAs(service, alice);
    service.on(
      'GET /me/cards',
      () => problem(500, 'boom'),
      () => json(200, { cards: [] }),
    );
    await renderPortal(service, '/portal/profile');
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/You have no cards yet/)).toBeTruthy();
  });
});

describe('My Profile: one-time password', () => {
  const otpAnswer = (otp: string) => () => json(201, { otp, expiresAt: '2026-11-26T09:30:00.000Z' });

  it('shows a new password once, replaces it with the next, and forgets it when the page is left', async () => {
    const { service, portal } = await profileWith([panelCard]);
    service.on('POST /me/otp', otpAnswer('482913'), otpAnswer('775204'));

    fireEvent.click(screen.getByRole('button', { name: 'Generate one-time password' }));
    expect(await screen.findByText('482913')).toBeTruthy();
    expect(screen.getByText(/It works once/)).toBeTruthy();
    expect(service.seen('POST /me/otp')[0]?.headers.get('X-CSRF-Token')).toBe(csrfToken);

    fireEvent.click(screen.getByRole('button', { name: 'Generate one-time password' }));
    expect(await screen.findByText('775204')).toBeTruthy();
    expect(screen.queryByText('482913')).toBeNull();

    // Leaving and coming back: the password is gone, and it never went to the address or storage.
    portal.router.go({ page: 'link' });
    await screen.findByRole('heading', { level: 1, name: 'Link a card' });
    portal.router.go({ page: 'profile' });
    await screen.findByRole('heading', { level: 1, name: 'My Profile' });
    await screen.findByRole('list', { name: 'Cards' });
    expect(screen.queryByText('775204')).toBeNull();
    expect(window.location.href).not.toContain('775204');
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.toContain('775204');
  });

  it('hides the password on “Hide”', async () => {
    const { service } = await profileWith([panelCard]);
    service.on('POST /me/otp', otpAnswer('482913'));
    fireEvent.click(screen.getByRole('button', { name: 'Generate one-time password' }));
    await screen.findByText('482913');
    fireEvent.click(screen.getByRole('button', { name: 'Hide' }));
    await waitFor(() => expect(screen.queryByText('482913')).toBeNull());
  });

  it('says why no password came', async () => {
    const { service } = await profileWith([panelCard]);
    service.on('POST /me/otp', () => problem(403, 'csrf_rejected'));
    fireEvent.click(screen.getByRole('button', { name: 'Generate one-time password' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Reload the page');
  });
});

describe('desktop clients in My Profile', () => {
  it('lists the desktop clients signed in as you, and signs one out', async () => {
    const service = createFakeService();
    signedInAs(service, alice);
    service.on('GET /me/cards', () => json(200, { cards: [] }));
    let clients = [
      {
        id: 'cf_1',
        clientName: 'Card enrollment desktop client',
        connectedAt: '2026-11-26T09:14:03.000Z',
        lastUsedAt: '2026-11-27T10:00:00.000Z',
      },
    ];
    service.on('GET /me/clients', () => json(200, { clients }));
    service.on('DELETE /me/clients/cf_1', () => {
      clients = [];
      return noContent();
    });
    await renderPortal(service, '/portal/profile');
    const list = await screen.findByRole('list', { name: 'Desktop clients' });
    expect(within(list).getByText(/^Card enrollment desktop client: connected/)).toBeTruthy();
    fireEvent.click(within(list).getByRole('button', { name: /^Sign out the desktop client connected/ }));
    expect(
      await screen.findByText('The desktop client is signed out. It gets no more one-time passwords.'),
    ).toBeTruthy();
    expect(await screen.findByText('No desktop client is signed in as you.')).toBeTruthy();
    expect(service.seen('DELETE /me/clients/cf_1')[0]?.headers.get('X-CSRF-Token')).toBe(csrfToken);
  });
});
