// @vitest-environment happy-dom

import type { AuditEvent } from '@cardenroll/contract';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeService, json } from '../testing/fake-service';
import { admin, renderPortal, signedInAs } from '../testing/render-portal';

afterEach(() => cleanup());

const event = (id: string, overrides: Partial<AuditEvent> = {}): AuditEvent => ({
  id,
  at: '2026-11-26T09:14:03.000Z',
  kind: 'card_enrolled',
  actor: 'alice',
  subject: 'alice',
  terminal: { id: 't_demo', name: 'Demo panel' },
  detail: '••••••CDEF',
  ...overrides,
});

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('Audit log', () => {
  it('shows each event with when, what, who, for whom, terminal and detail', async () => {
    const service = createFakeService();
    signedInAs(service, admin);
    service.on('GET /audit', () =>
      json(200, {
        events: [
          event('e_2', {
            kind: 'otp_issued',
            actor: 'admin',
            subject: 'bob',
            terminal: null,
            detail: 'email_preview',
          }),
          event('e_1', { kind: 'something_newer' }),
        ],
        next: null,
      }),
    );
    await renderPortal(service, '/portal/audit');
    await screen.findByRole('table');
    const cells = rows().map((row) => [...row.querySelectorAll('th, td')].slice(1).map((c) => c.textContent));
    expect(cells).toEqual([
      ['One-time password issued', 'admin', 'bob', '—', 'email_preview'],
      ['something_newer', 'alice', 'alice', 'Demo panel', '••••••CDEF'],
    ]);
    expect(screen.getByRole('button', { name: 'Older' }).hasAttribute('disabled')).toBe(true);
  });

  it('pages to older events with `next`, and back to newer ones', async () => {
    const service = createFakeService();
    signedInAs(service, admin);
    service.on(
      'GET /audit',
      () => json(200, { events: [event('e_9')], next: 'e_9' }),
      () => json(200, { events: [event('e_8', { detail: 'older one' })], next: null }),
      () => json(200, { events: [event('e_9')], next: 'e_9' }),
    );
    await renderPortal(service, '/portal/audit');
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Older' }));
    expect(await screen.findByText('older one')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Newer' }));
    await screen.findByText('Page 1, newest first.');
    expect(service.seen('GET /audit').map((r) => r.path)).toEqual([
      '/audit?limit=50',
      '/audit?before=e_9&limit=50',
      '/audit?limit=50',
    ]);
  });
});
