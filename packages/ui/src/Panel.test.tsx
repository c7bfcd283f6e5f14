// @vitest-environment happy-dom
import {
  type Clock,
  catalogs,
  createEnrollmentModel,
  defaultFlowConfig,
  type EnrollResponse,
  type Failure,
  type FlowConfig,
  type Handover,
  type HandoverStatus,
  type IdentifyResponse,
  type Locale,
  standaloneHost,
  type TenantPort,
} from '@cardenroll/core';
import { computed, type Signal, signal } from '@preact/signals';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { type CredentialsOptions, defaultCredentialsOptions } from './credentials-options';
import { Panel } from './Panel';

const unassigned: IdentifyResponse = {
  status: 'unassigned',
  enrollment: { token: 't', expiresAt: '2030-01-01T00:00:00Z' },
};
const alice = { username: 'alice', displayName: 'Alice Martin' };

const handover: Handover = {
  handoverId: 'ho-1',
  userCode: 'K7P-3QX',
  verificationUri: 'https://tenant.example/portal/link',
  verificationUriComplete: 'https://tenant.example/portal/link?code=K7P3QX',
  qrCode: 'https://tenant.example/api/v1/handovers/ho-1/qr.png',
  expiresAt: new Date(Date.now() + 300_000).toISOString(),
  interval: 2,
};

/**
 * A tenant that answers identify with `identified`, every enroll with the next scripted outcome, and every
 * hand-over poll with the next status (the last one repeats).
 */
function tenantAnswering(
  identified: IdentifyResponse,
  enrolls: (EnrollResponse | Failure)[] = [],
  polls: HandoverStatus[] = [{ status: 'pending' }],
): TenantPort {
  return {
    identify: async () => identified,
    enroll: async () => {
      const next = enrolls.shift();
      if (!next || !('user' in next)) throw next;
      return next;
    },
    startHandover: async () => handover,
    pollHandover: async () => (polls.length > 1 ? polls.shift() : polls[0]) ?? { status: 'pending' },
  };
}

/** Polls come at once; the screens' long timeouts never fire during a test. */
const quickPolls: Clock = {
  setTimeout: (callback, ms) => (ms < 10_000 ? setTimeout(callback, 0) : null),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout> | undefined),
};

function renderPanel(
  tenant: TenantPort,
  credentials: CredentialsOptions = defaultCredentialsOptions,
  locale: Locale | Signal<Locale> = 'en',
  diagnostics = false,
  config: FlowConfig = defaultFlowConfig,
) {
  const model = createEnrollmentModel({
    config,
    tenant,
    host: standaloneHost,
    toFailure: (error) => error as Failure,
    clock: quickPolls,
  });
  const requested = typeof locale === 'string' ? signal(locale) : locale;
  render(
    <Panel
      model={model}
      language={computed(() => ({ locale: requested.value, catalog: catalogs[requested.value] }))}
      credentials={credentials}
      diagnostics={signal(diagnostics)}
    />,
  );
  return model;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function openCredentials(
  tenant: TenantPort,
  credentials?: CredentialsOptions,
  config: FlowConfig = defaultFlowConfig,
) {
  const model = renderPanel(tenant, credentials, 'en', false, config);
  model.swipe('04A1B2C3D4E5F6');
  await settle();
  fireEvent.click(await screen.findByRole('button', { name: 'Enrollment' }));
  return model;
}

afterEach(() => cleanup());

describe('Panel', () => {
  it('shows an unknown card masked to its last four characters', async () => {
    const model = renderPanel(tenantAnswering(unassigned));
    model.swipe('04A1B2C3D4E5F6');
    expect(await screen.findByText('Card •••• E5F6')).toBeTruthy();
    expect(document.body.textContent).not.toContain('04A1B2C3');
  });

  it('labels the secret field Password when the tenant takes no one-time passwords', async () => {
    await openCredentials(tenantAnswering(unassigned), {
      acceptsOneTimePassword: false,
      clientAuthentication: false,
      phoneHandover: false,
    });
    const secret = screen.getByLabelText('Password');
    expect(secret.getAttribute('type')).toBe('password');
    expect(secret.getAttribute('aria-describedby')).toBeNull();
  });

  it('says where the one-time password comes from when the tenant uses client authentication', async () => {
    await openCredentials(tenantAnswering(unassigned), {
      acceptsOneTimePassword: true,
      clientAuthentication: true,
      phoneHandover: false,
    });
    const secret = screen.getByLabelText('Password or one-time password');
    const hint = document.getElementById(secret.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe(
      'Sign in to the desktop client to get a one-time password, then enter it here.',
    );
  });

  it.each([
    [true, true, 'Get a one-time password from the desktop client or your email, then enter it here.'],
    [false, true, 'Sign in to the desktop client to get a one-time password, then enter it here.'],
    [true, false, 'A one-time password from your email or the web portal works too.'],
    [false, false, 'A one-time password from the web portal works too.'],
  ])(
    'with e-mail %s and client authentication %s, says where a code comes from',
    async (byEmail, client, text) => {
      const ticket = {
        ...unassigned,
        enrollment: { token: 'enr_1', expiresAt: '2030-01-01T08:05:00Z', otpByEmail: byEmail },
      };
      await openCredentials(tenantAnswering(ticket), {
        acceptsOneTimePassword: true,
        clientAuthentication: client,
        phoneHandover: false,
      });
      const secret = screen.getByLabelText('Password or one-time password');
      expect(document.getElementById(secret.getAttribute('aria-describedby') ?? '')?.textContent).toBe(text);
    },
  );

  it('after a wrong password: says so with the attempts left, empties the field and keeps the username', async () => {
    await openCredentials(tenantAnswering(unassigned, [{ kind: 'invalid_credentials', attemptsLeft: 2 }]));
    fireEvent.input(screen.getByRole('textbox', { name: 'Username' }), { target: { value: 'alice' } });
    fireEvent.input(screen.getByLabelText('Password or one-time password'), { target: { value: 'nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Register card' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Wrong username or password. Try again. 2 attempts left before the account is locked.',
    );
    expect((screen.getByLabelText('Password or one-time password') as HTMLInputElement).value).toBe('');
    expect((screen.getByRole('textbox', { name: 'Username' }) as HTMLInputElement).value).toBe('alice');
    // Focus moves once the screen's effect has run, so the on-screen keyboard opens on the secret.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText('Password or one-time password')),
    );
  });

  it.each<[Failure, string, string[]]>([
    [{ kind: 'account_locked' }, 'Account locked', ['Cancel', 'Back']],
    [{ kind: 'card_already_assigned' }, 'Card already registered', ['OK']],
    [{ kind: 'enrollment_expired' }, 'Registration timed out', ['Cancel', 'Start again']],
    [{ kind: 'enrollment_disabled' }, 'Card registration is off', ['OK']],
  ])('after %j shows "%s" with the buttons %j', async (failure, title, buttons) => {
    await openCredentials(tenantAnswering(unassigned, [failure]));
    fireEvent.input(screen.getByRole('textbox', { name: 'Username' }), { target: { value: 'alice' } });
    fireEvent.input(screen.getByLabelText('Password or one-time password'), { target: { value: 'secret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Register card' }));
    expect(await screen.findByRole('heading', { name: title })).toBeTruthy();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(buttons);
    expect(document.querySelector('input[type="password"]')).toBeNull();
  });

  it('speaks the chosen language', async () => {
    const model = renderPanel(
      tenantAnswering({ status: 'assigned', user: alice, session: { id: 's', expiresAt: '' } }),
      defaultCredentialsOptions,
      'cs',
    );
    expect(screen.getByRole('heading', { name: 'Přiložte kartu' })).toBeTruthy();
    model.swipe('CAFE');
    expect(await screen.findByRole('heading', { name: 'Přihlášen(a) jako Alice Martin' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Odhlásit' })).toBeTruthy();
  });

  it('marks the panel root with the language and its direction, and follows a change of language', async () => {
    const locale = signal<Locale>('ar');
    renderPanel(tenantAnswering(unassigned), defaultCredentialsOptions, locale);
    const root = screen.getByRole('main');
    expect(root.getAttribute('lang')).toBe('ar');
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('heading', { name: catalogs.ar['idle.title'] })).toBeTruthy();

    locale.value = 'de';
    await waitFor(() => expect(root.getAttribute('dir')).toBe('ltr'));
    expect(root.getAttribute('lang')).toBe('de');
    expect(screen.getByRole('heading', { name: catalogs.de['idle.title'] })).toBeTruthy();

    locale.value = 'ar';
    await waitFor(() => expect(root.getAttribute('dir')).toBe('rtl'));
    expect(root.getAttribute('lang')).toBe('ar');
  });

  it('shows installers the read and the card number, masked, only when diagnostics are on', async () => {
    const model = renderPanel(tenantAnswering(unassigned), defaultCredentialsOptions, 'en', true);
    model.swipe(' 04a1b2c3d4e5f6 ');
    const view = await screen.findByRole('region', { name: 'Installer view' });
    expect(view.textContent).toBe('Reader sent •••• e5f6 (14 characters)Card number •••• E5F6');
    cleanup();

    const quiet = renderPanel(tenantAnswering(unassigned));
    quiet.swipe('04A1B2C3D4E5F6');
    await screen.findByRole('heading', { name: 'This card is not registered' });
    expect(screen.queryByRole('region', { name: 'Installer view' })).toBeNull();
  });

  it('tells installers why a read was unreadable', async () => {
    const model = renderPanel(tenantAnswering(unassigned), defaultCredentialsOptions, 'en', true);
    model.swipe('??');
    await screen.findByRole('heading', { name: 'Card could not be read' });
    expect(screen.getByRole('region', { name: 'Installer view' }).textContent).toContain(
      'Not converted: not 1 to 64 letters and digits',
    );
  });
});

describe('Panel, phone hand-over', () => {
  const withHandover = { ...defaultCredentialsOptions, phoneHandover: true };
  const handoverOn = { ...defaultFlowConfig, phoneHandover: true };

  it('offers Use your phone only where the terminal config turns it on', async () => {
    await openCredentials(tenantAnswering(unassigned));
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Cancel', 'Register card']);
    cleanup();
    await openCredentials(tenantAnswering(unassigned), withHandover, handoverOn);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Cancel',
      'Use your phone',
      'Register card',
    ]);
  });

  it('shows the QR code from the tenant, the short code, the link to type and the time left', async () => {
    await openCredentials(tenantAnswering(unassigned), withHandover, handoverOn);
    fireEvent.click(screen.getByRole('button', { name: 'Use your phone' }));
    expect(await screen.findByRole('heading', { name: 'Register with your phone' })).toBeTruthy();
    const qr = screen.getByRole('img', {
      name: 'QR code: the link to confirm this registration on your phone',
    });
    expect(qr.getAttribute('src')).toBe(handover.qrCode);
    expect(screen.getByText('K7P-3QX').getAttribute('dir')).toBe('ltr');
    expect(
      screen.getByText('No camera? Open https://tenant.example/portal/link and enter this code:'),
    ).toBeTruthy();
    expect(screen.getByText(/^Time left: [45]:\d\d$/)).toBeTruthy();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Cancel', 'Back']);
  });

  it('signs the user in once the phone confirms', async () => {
    const confirmed: HandoverStatus = {
      status: 'confirmed',
      user: alice,
      session: { id: 's', expiresAt: '' },
    };
    await openCredentials(
      tenantAnswering(unassigned, [], [{ status: 'pending' }, confirmed]),
      withHandover,
      handoverOn,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Use your phone' }));
    expect(await screen.findByRole('heading', { name: 'Signed in as Alice Martin' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Your card is registered. Next time, just swipe it.');
  });

  it('says when the phone declined, with Back to the password fields', async () => {
    await openCredentials(tenantAnswering(unassigned, [], [{ status: 'denied' }]), withHandover, handoverOn);
    fireEvent.click(screen.getByRole('button', { name: 'Use your phone' }));
    expect(await screen.findByRole('heading', { name: 'Registration declined' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('heading', { name: 'Register card' })).toBeTruthy();
  });

  it('goes back to the swipe screen on Cancel', async () => {
    await openCredentials(tenantAnswering(unassigned), withHandover, handoverOn);
    fireEvent.click(screen.getByRole('button', { name: 'Use your phone' }));
    await screen.findByRole('heading', { name: 'Register with your phone' });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('heading', { name: 'Swipe your card' })).toBeTruthy();
  });
});
