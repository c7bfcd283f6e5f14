// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeService, json, problem, unreachable } from '../testing/fake-service';
import { admin, alice, csrfToken, renderPortal, signedInAs } from '../testing/render-portal';

afterEach(() => cleanup());

function fillAndSubmit(username: string, password: string) {
  fireEvent.input(screen.getByLabelText('Username'), { target: { value: username } });
  fireEvent.input(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

async function signInPage() {
  const service = createFakeService();
  signedInAs(service, null);
  await renderPortal(service, '/portal/');
  await screen.findByRole('heading', { level: 1, name: 'Sign in' });
  return service;
}

describe('Sign in', () => {
  it('says the password was wrong with the attempts left, and empties the password', async () => {
    const service = await signInPage();
    service.on('POST /session', () => problem(401, 'invalid_credentials', { attemptsLeft: 2 }));
    fillAndSubmit('alice', 'wrong');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Wrong username or password. 2 attempts left before the account is locked.',
    );
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Username') as HTMLInputElement).value).toBe('alice');
    expect(document.activeElement).toBe(screen.getByLabelText('Password'));
  });

  it('uses the singular for the last attempt', async () => {
    const service = await signInPage();
    service.on('POST /session', () => problem(401, 'invalid_credentials', { attemptsLeft: 1 }));
    fillAndSubmit('alice', 'wrong');
    expect((await screen.findByRole('alert')).textContent).toContain('1 attempt left before');
  });

  it('says until when a locked account is locked', async () => {
    const service = await signInPage();
    const lockedUntil = '2026-11-26T10:30:00.000Z';
    service.on('POST /session', () => problem(423, 'account_locked', { lockedUntil }));
    fillAndSubmit('alice', 'pw');
    const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(lockedUntil),
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      `This account is locked after too many wrong passwords, until ${when}. Try again then, or ask an administrator.`,
    );
  });

  it('says when the organisation’s directory cannot be reached, which is not a wrong password', async () => {
    const service = await signInPage();
    service.on('POST /session', () => problem(503, 'service_unavailable'));
    fillAndSubmit('erin', 'pw');
    expect((await screen.findByRole('alert')).textContent).toBe(
      "The card service cannot reach the organisation's directory or its own database right now. Try again in a moment.",
    );
  });

  it('says when the service cannot be reached', async () => {
    const service = await signInPage();
    service.on('POST /session', unreachable);
    fillAndSubmit('alice', 'pw');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The card service did not answer. Check your connection, then sign in again.',
    );
  });

  it('asks for both fields before sending anything', async () => {
    const service = await signInPage();
    fillAndSubmit('alice', '');
    expect((await screen.findByRole('alert')).textContent).toBe('Enter your username and password.');
    expect(service.seen('POST /session')).toHaveLength(0);
  });

  it('takes a user to My Profile, without the administrators’ pages', async () => {
    const service = await signInPage();
    service.on('POST /session', () => json(200, { user: alice, csrfToken }));
    service.on('GET /me/cards', () => json(200, { cards: [] }));
    fillAndSubmit('alice', 'secret');
    await screen.findByRole('heading', { level: 1, name: 'My Profile' });
    await waitFor(() => expect(window.location.pathname).toBe('/portal/profile'));
    const nav = screen.getByRole('navigation', { name: 'Portal' });
    expect([...nav.querySelectorAll('a')].map((a) => a.textContent)).toEqual([
      'My Profile',
      'Password and sessions',
    ]);
    expect(service.seen('POST /session')[0]?.body).toEqual({ username: 'alice', password: 'secret' });
  });

  it('gives an administrator the navigation to Users, the Audit log and Terminals', async () => {
    const service = await signInPage();
    service.on('POST /session', () => json(200, { user: admin, csrfToken }));
    service.on('GET /me/cards', () => json(200, { cards: [] }));
    fillAndSubmit('admin', 'secret');
    const nav = await screen.findByRole('navigation', { name: 'Portal' });
    expect([...nav.querySelectorAll('a')].map((a) => a.textContent)).toEqual([
      'My Profile',
      'Password and sessions',
      'Users',
      'Audit log',
      'Terminals',
      'Sign-in providers',
    ]);
  });

  it('returns to sign-in with “Your session ended” when a call finds the session gone', async () => {
    const service = createFakeService();
    signedInAs(service, alice);
    service.on('GET /me/cards', () => problem(401, 'not_signed_in'));
    await renderPortal(service, '/portal/profile');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(screen.getByRole('alert').textContent).toBe('Your session ended. Sign in again to go on.');
    // Signing in again comes back to the same page.
    service.on('POST /session', () => json(200, { user: alice, csrfToken }));
    service.on('GET /me/cards', () => json(200, { cards: [] }));
    fillAndSubmit('alice', 'secret');
    await screen.findByRole('heading', { level: 1, name: 'My Profile' });
    expect(window.location.pathname).toBe('/portal/profile');
  });

  it('signs out, and says so', async () => {
    const service = createFakeService();
    signedInAs(service, alice);
    service.on('GET /me/cards', () => json(200, { cards: [] }));
    service.on('DELETE /session', () => new Response(null, { status: 204 }));
    await renderPortal(service, '/portal/profile');
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('You are signed out.'));
    expect(service.seen('DELETE /session')[0]?.headers.get('X-CSRF-Token')).toBe(csrfToken);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('offers a button per identity provider that comes back to the page it was opened on', async () => {
    const service = createFakeService();
    signedInAs(service, null);
    service.on('GET /sign-in-providers', () => json(200, { providers: [{ id: 'corp', name: 'Contoso' }] }));
    await renderPortal(service, '/portal/link?code=ABC234');
    const button = await screen.findByRole('link', { name: 'Sign in with Contoso' });
    expect(button.getAttribute('href')).toBe(
      `/portal/oidc/corp/start?returnTo=${encodeURIComponent('/portal/link?code=ABC234')}`,
    );
    expect(screen.getByText('Or sign in with your username and password.')).toBeTruthy();
  });

  it('says why a trip to the identity provider signed nobody in, once, in the page language', async () => {
    const service = createFakeService();
    signedInAs(service, null);
    await renderPortal(service, '/portal/link?code=ABC234&sign_in_problem=unknown_identity', {
      languages: ['de'],
    });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Sie haben sich bei Ihrer Organisation angemeldet, aber der Kartendienst hat kein Konto für Sie. Fragen Sie einen Administrator.',
    );
    expect(`${window.location.pathname}${window.location.search}`).toBe('/portal/link?code=ABC234');
    expect(screen.queryByRole('link', { name: /Anmelden mit|mit .* anmelden/ })).toBeNull();
  });
});

describe("I can't sign in at the printer", () => {
  it('is offered only where the service sends e-mail', async () => {
    await signInPage();
    expect(screen.queryByText('I can’t sign in at the printer')).toBeNull();
  });

  it('asks for a one-time password by e-mail and says the same whoever was named', async () => {
    const service = createFakeService();
    service.on('GET /session', () => json(200, { user: null, mail: true }));
    service.on('POST /otp-request', () => json(202, { accepted: true }));
    await renderPortal(service, '/portal/');
    fireEvent.click(await screen.findByText('I can’t sign in at the printer'));
    fireEvent.click(screen.getByRole('button', { name: 'Send me a one-time password' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Enter your username or e-mail address.');
    fireEvent.input(screen.getByLabelText('Username or e-mail address'), { target: { value: ' erin ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send me a one-time password' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('If this belongs to an account'),
    );
    expect(service.seen('POST /otp-request').map((r) => r.body)).toEqual([{ login: 'erin' }]);
    expect((screen.getByLabelText('Username or e-mail address') as HTMLInputElement).value).toBe('');
  });
});
