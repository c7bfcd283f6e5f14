// @vitest-environment happy-dom

import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeService, json, problem } from '../testing/fake-service';
import { admin, renderPortal, signedInAs } from '../testing/render-portal';

afterEach(() => cleanup());

const providers = {
  providers: [
    {
      id: 'corp-ad',
      kind: 'ldap',
      name: 'Corp Active Directory',
      server: 'ldaps://dc1.corp.example',
      listed: true,
    },
    { id: 'local', kind: 'local', name: 'Local users', server: null, listed: false },
  ],
};

describe('Sign-in providers', () => {
  it('lists the providers in order, read-only, saying that local users are always there', async () => {
    const service = createFakeService();
    signedInAs(service, admin);
    service.on('GET /providers', () => json(200, providers));
    await renderPortal(service, '/portal/providers');
    const items = within(await screen.findByRole('list', { name: 'Sign-in providers' })).getAllByRole(
      'listitem',
    );
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      'Corp Active Directory',
      'Local users',
    ]);
    expect(items[0]?.textContent).toContain('LDAP / Active Directory');
    expect(items[0]?.textContent).toContain('ldaps://dc1.corp.example');
    expect(items[1]?.textContent).toContain('local users are always available');
    expect(screen.queryByLabelText(/password/i)).toBeNull();
  });

  it('tests a provider with a username and shows what it found, never asking for a password', async () => {
    const service = createFakeService();
    signedInAs(service, admin);
    service.on('GET /providers', () => json(200, providers));
    service.on('POST /providers/corp-ad/test', () =>
      json(200, {
        reachable: true,
        reachedInMs: 12.4,
        lookup: {
          kind: 'found',
          username: 'erin',
          displayName: 'Erin Example',
          email: 'erin@corp.example',
          cards: 2,
        },
      }),
    );
    await renderPortal(service, '/portal/providers');
    const [first] = within(await screen.findByRole('list', { name: 'Sign-in providers' })).getAllByRole(
      'listitem',
    );
    if (first === undefined) throw new Error('no provider');
    fireEvent.input(within(first).getByLabelText('Username to look up (optional)'), {
      target: { value: 'CORP\\erin' },
    });
    fireEvent.click(within(first).getByRole('button', { name: 'Test' }));
    const status = await within(first).findByRole('status');
    expect(status.textContent).toContain('Reachable: answered in 12 ms.');
    expect(status.textContent).toContain('Found Erin Example (erin).');
    expect(status.textContent).toContain('2 card numbers on record.');
    expect(service.requests.at(-1)?.body).toEqual({ username: 'CORP\\erin' });
  });

  it('says why a directory is not reachable, and shows a refused test as a failure', async () => {
    const service = createFakeService();
    signedInAs(service, admin);
    service.on('GET /providers', () => json(200, providers));
    service.on(
      'POST /providers/corp-ad/test',
      () => json(200, { reachable: false, trouble: 'connection refused', lookup: null }),
      () => problem(403, 'forbidden'),
    );
    await renderPortal(service, '/portal/providers');
    const [first] = within(await screen.findByRole('list', { name: 'Sign-in providers' })).getAllByRole(
      'listitem',
    );
    if (first === undefined) throw new Error('no provider');
    fireEvent.click(within(first).getByRole('button', { name: 'Test' }));
    expect((await within(first).findByRole('alert')).textContent).toContain(
      'Not reachable: connection refused.',
    );
    fireEvent.click(within(first).getByRole('button', { name: 'Test' }));
    await within(first).findByText(/administrator/i);
  });
});
