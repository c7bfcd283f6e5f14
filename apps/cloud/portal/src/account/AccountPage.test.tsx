// @vitest-environment happy-dom

import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeService, json, noContent, problem } from '../testing/fake-service';
import { alice, renderPortal, signedInAs } from '../testing/render-portal';

afterEach(() => cleanup());

const now = new Date().toISOString();

async function accountPage() {
  const service = createFakeService();
  signedInAs(service, alice);
  service.on('GET /me/sessions', () =>
    json(200, {
      sessions: [
        { createdAt: now, lastSeenAt: now, current: true },
        { createdAt: '2026-11-20T08:00:00.000Z', lastSeenAt: '2026-11-21T08:00:00.000Z', current: false },
      ],
    }),
  );
  await renderPortal(service, '/portal/account');
  await screen.findByRole('heading', { level: 1, name: 'Password and sessions' });
  await screen.findByRole('list', { name: 'Where you are signed in' });
  return service;
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

function changePassword(current: string, next: string, repeat = next) {
  fireEvent.input(field('Current password'), { target: { value: current } });
  fireEvent.input(field('New password'), { target: { value: next } });
  fireEvent.input(field('New password again'), { target: { value: repeat } });
  fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
}

const emptied = () => ['Current password', 'New password', 'New password again'].map((l) => field(l).value);

describe('Password and sessions', () => {
  it('gives the password fields the autocomplete a password manager expects', async () => {
    await accountPage();
    expect(field('Current password').autocomplete).toBe('current-password');
    expect(field('New password').autocomplete).toBe('new-password');
    expect(field('New password again').autocomplete).toBe('new-password');
  });

  it('lists the sessions, this browser marked', async () => {
    await accountPage();
    const items = within(screen.getByRole('list', { name: 'Where you are signed in' })).getAllByRole(
      'listitem',
    );
    expect(items.map((item) => item.textContent?.includes('This browser'))).toEqual([true, false]);
  });

  it('says a wrong current password with the attempts left, and leaves no password in a field', async () => {
    const service = await accountPage();
    service.on('POST /me/password', () => problem(403, 'wrong_password', { attemptsLeft: 2 }));
    changePassword('guess', 'correct horse battery');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The current password is wrong. 2 attempts left before the account is locked.',
    );
    expect(emptied()).toEqual(['', '', '']);
    expect(field('Current password').getAttribute('aria-invalid')).toBe('true');
  });

  it('says what a weak password lacks, as the service refused it', async () => {
    const service = await accountPage();
    service.on('POST /me/password', () => problem(422, 'weak_password'));
    changePassword('alice-demo-pass', 'password1234');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The card service refused this password: use at least 12 characters, not the username, and not a common password.',
    );
    expect(emptied()).toEqual(['', '', '']);
  });

  it('refuses a short new password without sending it', async () => {
    const service = await accountPage();
    changePassword('alice-demo-pass', 'short');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The new password is too short: use at least 12 characters.',
    );
    expect(service.seen('POST /me/password')).toHaveLength(0);
  });

  it('changes the password and says the other sessions were signed out', async () => {
    const service = await accountPage();
    service.on('POST /me/password', () => noContent());
    changePassword('alice-demo-pass', 'correct horse battery');
    const done = await screen.findByText(
      'Password changed. Every other session of yours has been signed out.',
    );
    expect(done.getAttribute('role')).toBe('status');
    expect(service.seen('POST /me/password')[0]?.body).toEqual({
      currentPassword: 'alice-demo-pass',
      newPassword: 'correct horse battery',
    });
    expect(emptied()).toEqual(['', '', '']);
  });

  it('signs out everywhere after the confirmation, back to Sign in', async () => {
    const service = await accountPage();
    service.on('DELETE /me/sessions', () => noContent());
    fireEvent.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    expect(service.seen('DELETE /me/sessions')).toHaveLength(0);
    const question = screen.getByRole('group', { name: /Sign out everywhere\?/ });
    fireEvent.click(within(question).getByRole('button', { name: 'Sign out everywhere' }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(screen.getByRole('status').textContent).toBe(
      'You are signed out in every browser, this one included.',
    );
  });
});
