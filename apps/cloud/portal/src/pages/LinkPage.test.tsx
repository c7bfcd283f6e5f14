// @vitest-environment happy-dom

import type { HandoverView } from '@cardenroll/contract';
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createFakeService,
  type FakeService,
  json,
  noContent,
  problem,
  unreachable,
} from '../testing/fake-service';
import { alice, csrfToken, renderPortal, signedInAs } from '../testing/render-portal';

afterEach(() => cleanup());

const waiting: HandoverView = {
  terminal: { id: 't_demo', name: 'Demo panel' },
  maskedCard: '••••CDEF',
  expiresAt: '2026-11-26T09:19:00.000Z',
};

/** The link page at `path` for a signed-in Alice; `answers` changes the service before the page opens. */
async function linkPage(path: string, answers: (service: FakeService) => void = () => undefined) {
  const service = createFakeService();
  signedInAs(service, alice);
  service.on('GET /handover/K7P3QX', () => json(200, waiting));
  answers(service);
  await renderPortal(service, path);
  await screen.findByRole('heading', { level: 1, name: 'Link a card' });
  return service;
}

const question = 'Register card ••••CDEF at Demo panel to Alice Martin?';

describe('Link a card from your phone', () => {
  it('asks about the card of the code in the link, and registers it on Confirm', async () => {
    const service = await linkPage('/portal/link?code=K7P3QX');
    service.on('POST /handover/K7P3QX/confirm', () => noContent());
    expect(await screen.findByText(question)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByRole('heading', { name: 'Card registered' })).toBeTruthy();
    expect(screen.getByText(/Go back to the printer/)).toBeTruthy();
    expect(service.seen('POST /handover/K7P3QX/confirm')[0]?.headers.get('X-CSRF-Token')).toBe(csrfToken);
    expect(service.seen('POST /handover/K7P3QX/deny')).toHaveLength(0);
  });

  it('tells the printer no on Deny', async () => {
    const service = await linkPage('/portal/link?code=K7P3QX');
    service.on('POST /handover/K7P3QX/deny', () => noContent());
    fireEvent.click(await screen.findByRole('button', { name: 'Deny' }));
    expect(await screen.findByRole('heading', { name: 'Card not registered' })).toBeTruthy();
    expect(service.seen('POST /handover/K7P3QX/deny')).toHaveLength(1);
    expect(service.seen('POST /handover/K7P3QX/confirm')).toHaveLength(0);
  });

  it('says an expired code has expired, and offers another code', async () => {
    await linkPage('/portal/link?code=k7p-3qx', (service) =>
      service.on('GET /handover/K7P3QX', () => problem(410, 'handover_expired')),
    );
    expect(await screen.findByRole('heading', { name: 'This code has expired' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Enter another code' }));
    expect(screen.getByLabelText('Code from the printer')).toBeTruthy();
  });

  it('says the code expired when it runs out while the question is open', async () => {
    const service = await linkPage('/portal/link?code=K7P3QX');
    service.on('POST /handover/K7P3QX/confirm', () => problem(410, 'handover_expired'));
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm' }));
    expect(await screen.findByRole('heading', { name: 'This code has expired' })).toBeTruthy();
  });

  it('says when the card already belongs to someone', async () => {
    const service = await linkPage('/portal/link?code=K7P3QX');
    service.on('POST /handover/K7P3QX/confirm', () => problem(409, 'card_already_assigned'));
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm' }));
    expect(await screen.findByRole('heading', { name: 'This card belongs to someone else' })).toBeTruthy();
  });

  it('keeps the question when the answer did not get through, so it can be given again', async () => {
    const service = await linkPage('/portal/link?code=K7P3QX');
    service.on('POST /handover/K7P3QX/confirm', unreachable, () => noContent());
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The card service did not answer.');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByRole('heading', { name: 'Card registered' })).toBeTruthy();
  });

  it('takes a typed code with or without the dash, in any case', async () => {
    const service = await linkPage('/portal/link');
    fireEvent.input(screen.getByLabelText('Code from the printer'), { target: { value: 'k7p-3qx' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText(question)).toBeTruthy();
    expect(service.seen('GET /handover/K7P3QX')).toHaveLength(1);
  });

  it('names a code that cannot be one, and one no printer is waiting for', async () => {
    const service = await linkPage('/portal/link');
    const field = screen.getByLabelText('Code from the printer');
    fireEvent.input(field, { target: { value: 'K0P3Q' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect((await screen.findByRole('alert')).textContent).toContain('That is not a code from the printer.');
    expect(service.requests.filter((r) => r.path.startsWith('/handover'))).toHaveLength(0);

    service.on('GET /handover/ABCDEF', () => problem(404, 'not_found'));
    fireEvent.input(screen.getByLabelText('Code from the printer'), { target: { value: 'abc def' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect((await screen.findByRole('alert')).textContent).toContain('No printer is waiting for this code.');
  });

  it('asks a phone that is not signed in to sign in first, then comes back to the same code', async () => {
    const service = createFakeService();
    signedInAs(service, null);
    service.on('GET /handover/K7P3QX', () => json(200, waiting));
    service.on('POST /session', () => json(200, { user: alice, csrfToken }));
    await renderPortal(service, '/portal/link?code=K7P3QX');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(screen.getByText(/Sign in to register the card waiting at the printer/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Username'), { target: { value: 'alice' } });
    fireEvent.input(screen.getByLabelText('Password'), { target: { value: 'secret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText(question)).toBeTruthy();
    expect(window.location.pathname + window.location.search).toBe('/portal/link?code=K7P3QX');
  });
});
