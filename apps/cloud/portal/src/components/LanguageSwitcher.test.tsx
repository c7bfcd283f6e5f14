// @vitest-environment happy-dom

import type { Card } from '@cardenroll/contract';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { languageStoreKey } from '../i18n/language-model';
import { createFakeService, json } from '../testing/fake-service';
import { alice, renderPortal, signedInAs } from '../testing/render-portal';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const card: Card = {
  id: 'c_panel',
  masked: '••••••CDEF',
  source: 'panel',
  enrolledAt: '2026-11-26T09:14:03.000Z',
  terminal: { id: 't_demo', name: 'Demo panel' },
};

function signedOut() {
  const service = createFakeService();
  signedInAs(service, null);
  return service;
}

describe('the portal’s language', () => {
  it('speaks the browser’s first language it knows: My Profile in German, dates written the German way', async () => {
    const service = createFakeService();
    signedInAs(service, alice);
    service.on('GET /me/cards', () => json(200, { cards: [card] }));
    await renderPortal(service, '/portal/profile', { languages: ['sv-SE', 'de-AT', 'en'] });

    expect(screen.getByRole('heading', { level: 1, name: 'Mein Profil' })).toBeTruthy();
    const [item] = within(await screen.findByRole('list', { name: 'Karten' })).getAllByRole('listitem');
    expect(item?.textContent).toContain('Registrierung am Drucker');
    expect(item?.textContent).toContain(
      new Intl.DateTimeFormat('de-AT', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(card.enrolledAt),
      ),
    );
    expect(screen.getByRole('button', { name: 'Karte ••••••CDEF entfernen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Abmelden' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.title).toBe('Mein Profil · Kartenportal');
  });

  it('falls back to English for a browser language it does not speak', async () => {
    await renderPortal(signedOut(), '/portal/', { languages: ['sv-SE'] });
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('lists every language by its own name under a label in the language shown', async () => {
    await renderPortal(signedOut(), '/portal/', { languages: ['fr-FR'] });
    const select = screen.getByRole('combobox', { name: 'Langue' }) as HTMLSelectElement;
    expect(select.value).toBe('fr');
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'English',
      'Deutsch',
      'Čeština',
      'Français',
      'Español',
      'Italiano',
      'Polski',
      'Nederlands',
      '日本語',
      'العربية',
    ]);
  });

  it('switches to Arabic, right to left, and remembers the pick on this browser only', async () => {
    const service = signedOut();
    await renderPortal(service, '/portal/', { languages: ['en-GB'] });
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'ar' } });

    await screen.findByRole('heading', { level: 1, name: 'تسجيل الدخول' });
    expect(screen.getByLabelText('اسم المستخدم')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'اللغة' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(localStorage.getItem(languageStoreKey)).toBe('ar');
    // Nothing about the language went to the service (the sign-in page asks only for its providers).
    expect(service.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /session',
      'GET /sign-in-providers',
    ]);

    cleanup();
    await renderPortal(signedOut(), '/portal/', { languages: ['en-GB'] });
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(screen.getByRole('heading', { level: 1, name: 'تسجيل الدخول' })).toBeTruthy();
  });
});
