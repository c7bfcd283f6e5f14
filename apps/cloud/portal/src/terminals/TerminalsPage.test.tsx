// @vitest-environment happy-dom

import type { TerminalSummary } from '@cardenroll/contract';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeService, json, noContent } from '../testing/fake-service';
import { admin, csrfToken, renderPortal, signedInAs } from '../testing/render-portal';

afterEach(() => cleanup());

const seenAt = new Date(Date.now() - 5 * 60_000).toISOString();
const lobby: TerminalSummary = {
  id: 't_1',
  name: 'Lobby',
  revoked: false,
  createdAt: '2026-11-26T09:00:00.000Z',
  lastSeenAt: seenAt,
};

async function terminalsPage() {
  const service = createFakeService();
  signedInAs(service, admin);
  service.on('GET /terminals', () => json(200, { terminals: [lobby] }));
  const view = await renderPortal(service, '/portal/terminals');
  await screen.findByRole('heading', { level: 1, name: 'Terminals' });
  await screen.findByRole('listitem', { name: 'Lobby' });
  return { service, portal: view.portal };
}

describe('Terminals (administrators)', () => {
  it('shows when each terminal last called, as time ago and as date and time', async () => {
    await terminalsPage();
    const item = screen.getByRole('listitem', { name: 'Lobby' });
    expect(item.textContent).toContain('5 minutes ago');
    expect(item.querySelector('time')?.getAttribute('datetime')).toBe(seenAt);
  });

  it('shows a new key once, with Copy, and forgets it when the page is left', async () => {
    const { service, portal } = await terminalsPage();
    service.on('POST /terminals', () => json(201, { id: 't_2', name: 'East', key: 'tk_only-once' }));
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'East' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add terminal' }));
    const shown = await screen.findByRole('region', { name: 'Key of East' });
    expect(shown.textContent).toContain('tk_only-once');
    expect(shown.textContent).toContain('You will not see this key again');
    expect(within(shown).getByRole('button', { name: 'Copy key' })).toBeTruthy();
    expect(service.seen('POST /terminals')[0]?.headers.get('X-CSRF-Token')).toBe(csrfToken);
    expect(window.location.href).not.toContain('tk_only-once');

    service.on('GET /me/cards', () => json(200, { cards: [] }));
    portal.router.go({ page: 'profile' });
    await screen.findByRole('heading', { level: 1, name: 'My Profile' });
    portal.router.go({ page: 'terminals' });
    await screen.findByRole('heading', { level: 1, name: 'Terminals' });
    expect(document.body.textContent).not.toContain('tk_only-once');
  });

  it('refuses an empty name next to the field, without asking the service', async () => {
    const { service } = await terminalsPage();
    fireEvent.click(screen.getByRole('button', { name: 'Add terminal' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Enter a name for the terminal.');
    expect(screen.getByLabelText('Name').getAttribute('aria-describedby')).toContain(alert.id);
    expect(service.seen('POST /terminals')).toHaveLength(0);
  });

  it('revokes a terminal only after “Revoke Lobby?” is confirmed', async () => {
    const { service } = await terminalsPage();
    service.on('POST /terminals/t_1/revoke', () => noContent());
    fireEvent.click(screen.getByRole('button', { name: 'Revoke Lobby' }));
    expect(service.seen('POST /terminals/t_1/revoke')).toHaveLength(0);
    const question = screen.getByRole('group', { name: /Revoke Lobby\?/ });
    fireEvent.click(within(question).getByRole('button', { name: 'Revoke terminal' }));
    expect((await screen.findByRole('status')).textContent).toBe('Lobby revoked. Its key no longer works.');
    expect(service.seen('POST /terminals/t_1/revoke')).toHaveLength(1);
    expect(screen.getByRole('listitem', { name: 'Lobby' }).textContent).toContain('Revoked');
  });
});
