// @vitest-environment happy-dom

import type { DeviceGrantView } from '@cardenroll/contract';
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeService, type FakeService, json, noContent, problem } from '../testing/fake-service';
import { alice, csrfToken, renderPortal, signedInAs } from '../testing/render-portal';

afterEach(() => cleanup());

const waiting: DeviceGrantView = {
  clientName: 'Card enrollment desktop client',
  userCode: 'WDJB-MJHT',
  requestedAt: '2026-11-26T09:09:00.000Z',
  expiresAt: '2026-11-26T09:19:00.000Z',
};

async function devicePage(path: string, answers: (service: FakeService) => void = () => undefined) {
  const service = createFakeService();
  signedInAs(service, alice);
  service.on('GET /device/WDJBMJHT', () => json(200, waiting));
  answers(service);
  await renderPortal(service, path);
  await screen.findByRole('heading', { level: 1, name: 'Connect a desktop client' });
  return service;
}

const question =
  'Card enrollment desktop client asks to sign in as Alice Martin, to get one-time passwords for you.';

describe('Connect a desktop client', () => {
  it('asks about the client of the code in the link, and connects it on Approve with the CSRF token', async () => {
    const service = await devicePage('/portal/device?code=WDJB-MJHT');
    service.on('POST /device/WDJBMJHT/approve', () => noContent());
    expect(await screen.findByText(question)).toBeTruthy();
    expect(
      screen.getByText('Approve only if the desktop client in front of you shows WDJB-MJHT.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    expect(await screen.findByRole('heading', { name: 'Desktop client connected' })).toBeTruthy();
    expect(service.seen('POST /device/WDJBMJHT/approve')[0]?.headers.get('X-CSRF-Token')).toBe(csrfToken);
    expect(service.seen('POST /device/WDJBMJHT/deny')).toHaveLength(0);
  });

  it('refuses the client on Deny', async () => {
    const service = await devicePage('/portal/device?code=WDJBMJHT');
    service.on('POST /device/WDJBMJHT/deny', () => noContent());
    fireEvent.click(await screen.findByRole('button', { name: 'Deny' }));
    expect(await screen.findByRole('heading', { name: 'Desktop client refused' })).toBeTruthy();
    expect(service.seen('POST /device/WDJBMJHT/approve')).toHaveLength(0);
  });

  it('takes a typed code in any case, and says when a code is not one or names nothing', async () => {
    const service = await devicePage('/portal/device', (s) =>
      s.on('GET /device/BCDFGHJK', () => problem(404, 'not_found')),
    );
    const field = screen.getByLabelText('Code from the desktop client');
    fireEvent.input(field, { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText(/This is not a code from the desktop client/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Code from the desktop client'), {
      target: { value: 'bcdf ghjk' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText(/No desktop client waits with this code/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Code from the desktop client'), {
      target: { value: 'wdjb-mjht' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText(question)).toBeTruthy();
    expect(service.seen('GET /device/WDJBMJHT')).toHaveLength(1);
  });

  it('says an expired code has expired, and offers another code', async () => {
    await devicePage('/portal/device?code=WDJBMJHT', (service) =>
      service.on('GET /device/WDJBMJHT', () => problem(410, 'handover_expired')),
    );
    expect(await screen.findByRole('heading', { name: 'This code has expired' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Enter another code' }));
    expect(screen.getByLabelText('Code from the desktop client')).toBeTruthy();
  });
});
