// @vitest-environment happy-dom

import type { UserSummary } from '@cardenroll/contract';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeService, json, noContent, problem } from '../testing/fake-service';
import { admin, renderPortal, signedInAs } from '../testing/render-portal';

afterEach(() => cleanup());

const dana: UserSummary = {
  id: 'u_dana',
  username: 'dana',
  displayName: 'Dana Weber',
  email: null,
  role: 'user',
  cardCount: 0,
  lockedUntil: null,
  disabled: false,
  provider: null,
};

async function danaPage() {
  const service = createFakeService();
  signedInAs(service, admin);
  service.on('GET /users/u_dana/cards', () => json(200, { user: dana, cards: [] }));
  service.on('GET /users/u_dana/clients', () => json(200, { clients: [] }));
  const view = await renderPortal(service, '/portal/users/u_dana');
  await screen.findByRole('heading', { level: 1, name: 'Cards of Dana Weber' });
  return { service, portal: view.portal };
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('New user (administrators)', () => {
  it('creates a user and opens their page; the first password leaves the field', async () => {
    const service = createFakeService();
    signedInAs(service, admin);
    service.on('GET /users', () => json(200, { users: [] }));
    service.on('POST /users', () => json(201, dana));
    service.on('GET /users/u_dana/cards', () => json(200, { user: dana, cards: [] }));
    service.on('GET /users/u_dana/clients', () => json(200, { clients: [] }));
    await renderPortal(service, '/portal/users');
    await screen.findByRole('heading', { level: 1, name: 'Users' });
    fireEvent.input(input('Username'), { target: { value: ' dana ' } });
    fireEvent.input(input('Display name'), { target: { value: 'Dana Weber' } });
    fireEvent.input(input('First password (optional)'), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create user' }));
    await screen.findByRole('heading', { level: 1, name: 'Cards of Dana Weber' });
    expect(service.seen('POST /users')[0]?.body).toEqual({
      username: 'dana',
      displayName: 'Dana Weber',
      role: 'user',
      password: 'correct horse battery',
    });
    expect(window.location.pathname).toBe('/portal/users/u_dana');
  });

  it('says a username is taken, and keeps no password in the field', async () => {
    const service = createFakeService();
    signedInAs(service, admin);
    service.on('GET /users', () => json(200, { users: [] }));
    service.on('POST /users', () => problem(409, 'conflict'));
    await renderPortal(service, '/portal/users');
    await screen.findByRole('heading', { level: 1, name: 'Users' });
    fireEvent.input(input('Username'), { target: { value: 'alice' } });
    fireEvent.input(input('Display name'), { target: { value: 'Alice' } });
    fireEvent.input(input('First password (optional)'), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create user' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This username is taken. Choose another one.',
    );
    expect(input('First password (optional)').value).toBe('');
  });
});

describe('A user’s account (administrators)', () => {
  it('disables the account after the confirmation and shows it disabled', async () => {
    const { service } = await danaPage();
    service.on('POST /users/u_dana/disable', () => json(200, { ...dana, disabled: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Disable account' }));
    expect(service.seen('POST /users/u_dana/disable')).toHaveLength(0);
    const question = screen.getByRole('group', { name: /Disable the account of Dana Weber\?/ });
    fireEvent.click(within(question).getByRole('button', { name: 'Disable account' }));
    await screen.findByText('Account disabled. The user is signed out and cannot sign in.');
    expect(screen.getByRole('button', { name: 'Enable account' })).toBeTruthy();
  });

  it('says why the last administrator cannot be deleted', async () => {
    const { service } = await danaPage();
    service.on('DELETE /users/u_dana', () => problem(409, 'conflict'));
    fireEvent.click(screen.getByRole('button', { name: 'Delete user' }));
    const question = screen.getByRole('group', { name: /Delete Dana Weber\?/ });
    fireEvent.click(within(question).getByRole('button', { name: 'Delete user' }));
    expect((await screen.findByRole('alert')).textContent).toContain('the last administrator must stay one');
  });

  it('deletes after the confirmation and returns to Users', async () => {
    const { service } = await danaPage();
    service.on('DELETE /users/u_dana', () => noContent());
    service.on('GET /users', () => json(200, { users: [] }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete user' }));
    const question = screen.getByRole('group', { name: /Delete Dana Weber\?/ });
    fireEvent.click(within(question).getByRole('button', { name: 'Delete user' }));
    await screen.findByRole('heading', { level: 1, name: 'Users' });
    expect(service.seen('DELETE /users/u_dana')).toHaveLength(1);
  });

  it('sets a new password, which leaves both fields', async () => {
    const { service } = await danaPage();
    service.on('POST /users/u_dana/password', () => noContent());
    const form = screen.getByRole('region', { name: 'New password' });
    fireEvent.input(within(form).getByLabelText('New password'), {
      target: { value: 'correct horse battery' },
    });
    fireEvent.input(within(form).getByLabelText('New password again'), {
      target: { value: 'correct horse battery' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Set password' }));
    await within(form).findByRole('status');
    expect(service.seen('POST /users/u_dana/password')[0]?.body).toEqual({
      password: 'correct horse battery',
    });
    expect((within(form).getByLabelText('New password') as HTMLInputElement).value).toBe('');
    expect(within(form).getByLabelText('New password').getAttribute('autocomplete')).toBe('new-password');
  });

  it('offers no password for a directory user, whose password is the directory’s', async () => {
    const service = createFakeService();
    signedInAs(service, admin);
    const erin = {
      ...dana,
      id: 'u_erin',
      username: 'erin',
      displayName: 'Erin Directory',
      provider: 'corp-ad',
    };
    service.on('GET /users/u_erin/cards', () => json(200, { user: erin, cards: [] }));
    await renderPortal(service, '/portal/users/u_erin');
    await screen.findByRole('heading', { level: 1, name: 'Cards of Erin Directory' });
    const section = screen.getByRole('region', { name: 'New password' });
    expect(within(section).queryByLabelText('New password')).toBeNull();
    expect(section.textContent).toContain('password from the directory “corp-ad”');
  });
});
