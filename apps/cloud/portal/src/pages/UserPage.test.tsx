// @vitest-environment happy-dom

import type { Card, UserSummary } from '@cardenroll/contract';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeService, json, noContent, problem } from '../testing/fake-service';
import { admin, alice, csrfToken, renderPortal, signedInAs } from '../testing/render-portal';

afterEach(() => cleanup());

const bob: UserSummary = {
  id: 'u_bob',
  username: 'bob',
  displayName: 'Bob Stone',
  email: 'bob@example.test',
  role: 'user',
  cardCount: 1,
  lockedUntil: null,
  disabled: false,
  provider: null,
};
const bobsCard: Card = {
  id: 'c_1',
  masked: '••••••9F00',
  source: 'portal',
  enrolledAt: '2026-11-20T12:00:00.000Z',
  terminal: null,
};

async function userPage(user: UserSummary = bob) {
  const service = createFakeService();
  signedInAs(service, admin);
  service.on('GET /users/u_bob/cards', () => json(200, { user, cards: [bobsCard] }));
  service.on('GET /users/u_bob/clients', () => json(200, { clients: [] }));
  await renderPortal(service, '/portal/users/u_bob');
  await screen.findByRole('heading', { level: 1, name: 'Cards of Bob Stone' });
  return service;
}

function addCard(cardNumber: string) {
  fireEvent.input(screen.getByLabelText('Card number'), { target: { value: cardNumber } });
  fireEvent.click(screen.getByRole('button', { name: 'Add card' }));
}

const cardItems = () => within(screen.getByRole('list', { name: 'Cards' })).getAllByRole('listitem');

describe('User cards (administrators): Add card', () => {
  it.each([
    ['', 'Enter the card number.'],
    ['04A1 B2C3', 'A card number has only the digits 0–9 and the letters A–F (no spaces or other signs).'],
    ['04A1G2', 'A card number has only the digits 0–9 and the letters A–F (no spaces or other signs).'],
    ['A'.repeat(65), 'A card number has at most 64 characters.'],
  ])('refuses %j next to the field without sending it', async (input, message) => {
    const service = await userPage();
    addCard(input);
    const field = screen.getByLabelText('Card number');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(message);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(alert.id);
    expect(service.seen('POST /users/u_bob/cards')).toHaveLength(0);
  });

  it('clears the message as soon as the number is edited', async () => {
    await userPage();
    addCard('XYZ');
    await screen.findByRole('alert');
    fireEvent.input(screen.getByLabelText('Card number'), { target: { value: '04' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('adds a trimmed card number with the CSRF token and puts the card at the top', async () => {
    const service = await userPage();
    const added: Card = { ...bobsCard, id: 'c_2', masked: '••••••ABCD', enrolledAt: '2026-11-26T09:00:00Z' };
    service.on('POST /users/u_bob/cards', () => json(201, added));
    addCard('  04a1b2c3abcd ');
    expect((await screen.findByRole('status')).textContent).toBe('Card ••••••ABCD added.');
    const request = service.seen('POST /users/u_bob/cards')[0];
    expect(request?.body).toEqual({ cardNumber: '04a1b2c3abcd' });
    expect(request?.headers.get('X-CSRF-Token')).toBe(csrfToken);
    expect(cardItems().map((item) => item.textContent?.includes('••••••ABCD'))).toEqual([true, false]);
    expect((screen.getByLabelText('Card number') as HTMLInputElement).value).toBe('');
  });

  it.each([
    [problem(409, 'card_already_assigned'), 'This card is already registered to another user.'],
    [problem(409, 'card_limit_reached'), 'This user already has the most cards allowed.'],
    [problem(422, 'invalid_card_number'), 'The card service does not accept this card number.'],
    [problem(500, 'internal'), 'The card service had a problem (error 500).'],
  ])('says clearly why the service did not add it (%#)', async (answer, message) => {
    const service = await userPage();
    service.on('POST /users/u_bob/cards', () => answer);
    addCard('04A1B2C3');
    expect((await screen.findByRole('alert')).textContent).toContain(message);
    expect(cardItems()).toHaveLength(1);
    expect((screen.getByLabelText('Card number') as HTMLInputElement).value).toBe('04A1B2C3');
  });
});

describe('User cards (administrators): the rest', () => {
  it('removes a card after the confirmation', async () => {
    const service = await userPage();
    service.on('DELETE /users/u_bob/cards/c_1', () => noContent());
    fireEvent.click(screen.getByRole('button', { name: 'Remove card ••••••9F00' }));
    expect(screen.getByRole('group').textContent).toContain(
      'It no longer signs Bob Stone in at the printers.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove card' }));
    expect((await screen.findByRole('status')).textContent).toBe('Card ••••••9F00 removed.');
    expect(screen.getByText('No cards are registered to this user.')).toBeTruthy();
  });

  it('shows the e-mail the service would send with a new password', async () => {
    const service = await userPage();
    const email = {
      to: 'bob@example.test',
      subject: 'Your one-time password',
      text: 'Your password: 555123',
    };
    service.on('POST /users/u_bob/otp', () =>
      json(201, { otp: '555123', expiresAt: '2026-11-26T10:00:00Z', email }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'E-mail preview' }));
    const heading = await screen.findByRole('heading', { name: 'E-mail preview' });
    expect(service.seen('POST /users/u_bob/otp')[0]?.body).toEqual({ delivery: 'email_preview' });
    const preview = within(heading.parentElement as HTMLElement);
    const value = (term: string) => preview.getByText(term).nextElementSibling?.textContent;
    expect(value('To')).toBe('bob@example.test');
    expect(value('Subject')).toBe('Your one-time password');
    expect(value('Text')).toBe('Your password: 555123');
  });

  it('generates a password to show', async () => {
    const service = await userPage();
    service.on('POST /users/u_bob/otp', () =>
      json(201, { otp: '918273', expiresAt: '2026-11-26T10:00:00Z' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Generate one-time password' }));
    expect(await screen.findByText('918273')).toBeTruthy();
    expect(service.seen('POST /users/u_bob/otp')[0]?.body).toEqual({ delivery: 'show' });
    expect(screen.queryByRole('heading', { name: 'E-mail preview' })).toBeNull();
  });

  it('unlocks a locked account', async () => {
    const service = await userPage({ ...bob, lockedUntil: '2099-01-01T00:00:00Z' });
    service.on('POST /users/u_bob/unlock', () => noContent());
    expect(screen.getByText(/Locked until/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Account unlocked. The user can sign in again.',
    );
    expect(screen.queryByRole('button', { name: 'Unlock' })).toBeNull();
    expect(service.seen('POST /users/u_bob/unlock')[0]?.headers.get('X-CSRF-Token')).toBe(csrfToken);
  });

  it('offers no Unlock once the lock has run out', async () => {
    await userPage({ ...bob, lockedUntil: '2001-01-01T00:00:00Z' });
    expect(screen.queryByRole('button', { name: 'Unlock' })).toBeNull();
  });

  it('says there is no such user, with the way back to the list', async () => {
    const service = createFakeService();
    signedInAs(service, admin);
    service.on('GET /users/u_gone/cards', () => problem(404, 'not_found'));
    await renderPortal(service, '/portal/users/u_gone');
    expect((await screen.findByRole('alert')).textContent).toContain('There is no such user.');
    expect(screen.getByRole('link', { name: '← All users' }).getAttribute('href')).toBe('/portal/users');
  });

  it('keeps users who are not administrators out', async () => {
    const service = createFakeService();
    signedInAs(service, alice);
    await renderPortal(service, '/portal/users/u_bob');
    await screen.findByRole('heading', { level: 1, name: 'For administrators only' });
    expect(service.seen('GET /users/u_bob/cards')).toHaveLength(0);
  });
});

describe('a user’s desktop clients, for an administrator', () => {
  it('lists them and signs one out, for a lost laptop', async () => {
    const service = createFakeService();
    signedInAs(service, admin);
    service.on('GET /users/u_bob/cards', () => json(200, { user: bob, cards: [] }));
    let clients = [
      {
        id: 'cf_9',
        clientName: 'Card enrollment desktop client',
        connectedAt: '2026-11-20T08:00:00.000Z',
        lastUsedAt: '2026-11-26T08:00:00.000Z',
      },
    ];
    service.on('GET /users/u_bob/clients', () => json(200, { clients }));
    service.on('DELETE /users/u_bob/clients/cf_9', () => {
      clients = [];
      return noContent();
    });
    await renderPortal(service, '/portal/users/u_bob');
    const list = await screen.findByRole('list', { name: 'Desktop clients' });
    expect(screen.getByText(/^Computers signed in as Bob Stone with the desktop client\./)).toBeTruthy();
    fireEvent.click(within(list).getByRole('button', { name: /^Sign out the desktop client connected/ }));
    expect(await screen.findByText('No desktop client is signed in as Bob Stone.')).toBeTruthy();
    expect(service.seen('DELETE /users/u_bob/clients/cf_9')[0]?.headers.get('X-CSRF-Token')).toBe(csrfToken);
  });
});

describe('User one-time password by e-mail (administrators)', () => {
  it('sends it where the service sends e-mail, says where to, and never shows the code', async () => {
    const service = createFakeService();
    service.on('GET /session', () => json(200, { user: admin, csrfToken, mail: true }));
    service.on('GET /users/u_bob/cards', () => json(200, { user: bob, cards: [bobsCard] }));
    service.on('POST /users/u_bob/otp', () =>
      json(202, { queued: true, to: 'bob@example.test', expiresAt: '2030-01-02T08:00:00.000Z' }),
    );
    await renderPortal(service, '/portal/users/u_bob');
    await screen.findByRole('heading', { level: 1, name: 'Cards of Bob Stone' });
    expect(screen.queryByRole('button', { name: 'E-mail preview' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Send one-time password by e-mail' }));
    const notice = await screen.findByText(/is on its way to bob@example.test/);
    expect(notice.textContent).toContain('It works once, until');
    expect(service.seen('POST /users/u_bob/otp')[0]?.body).toEqual({ delivery: 'email' });
    expect(screen.queryByText('New one-time password')).toBeNull();
  });
});
