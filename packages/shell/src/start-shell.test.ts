// @vitest-environment happy-dom
import { type CardSource, catalogs, EXAMPLE_TENANT_URL, type Locale } from '@cardenroll/core';
import { createSimulatedCardSource } from '@cardenroll/readers';
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startShell } from './start-shell';

/** The catalogs from memory: the files the build writes are panel-build's to test. */
const loadCatalog = async (locale: Locale) => catalogs[locale];

const goodConfig = JSON.stringify({
  tenantUrl: 'https://acme.example.com/',
  terminalKey: 'tk',
  locale: 'de',
});

function setup(texts: readonly string[]) {
  const root = document.createElement('div');
  document.body.append(root);
  const loadConfigText = vi.fn(
    async () => texts[Math.min(loadConfigText.mock.calls.length - 1, texts.length - 1)] ?? '',
  );
  const cardSource = vi.fn((): CardSource => createSimulatedCardSource().source);
  return { root, loadConfigText, cardSource };
}

describe('startShell', () => {
  afterEach(() => {
    cleanup();
    document.body.innerHTML = '';
    for (const meta of document.head.querySelectorAll('meta')) meta.remove();
  });

  it('runs the panel in the configured language with the shell’s card source, talking to the tenant only', async () => {
    const { root, loadConfigText, cardSource } = setup([goodConfig]);
    await startShell({ shell: 'webclient', cardSource }, { root, loadConfigText, loadCatalog });
    expect(await screen.findByRole('heading', { name: 'Karte auflegen' })).toBeTruthy();
    expect(cardSource).toHaveBeenCalledWith(
      expect.objectContaining({ tenantUrl: 'https://acme.example.com/' }),
    );
    expect(document.head.querySelector('meta')?.getAttribute('content')).toBe(
      "connect-src 'self' https://acme.example.com; img-src 'self' data: https://acme.example.com",
    );
  });

  it('shows what is wrong with config.json, and Load again starts the panel once it is fixed', async () => {
    const broken = JSON.stringify({ tenantUrl: EXAMPLE_TENANT_URL, terminalKey: 'tk' });
    const { root, loadConfigText, cardSource } = setup([broken, goodConfig]);
    await startShell(
      { shell: 'iws', cardSource, hostLanguages: () => ['en-GB'] },
      { root, loadConfigText, loadCatalog },
    );
    expect(await screen.findByRole('heading', { name: 'This printer is not set up yet' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('tenantUrl still holds its example value');
    expect(cardSource).not.toHaveBeenCalled();

    screen.getByRole('button', { name: 'Load again' }).click();
    await waitFor(() => expect(loadConfigText).toHaveBeenCalledTimes(2));
    expect(await screen.findByRole('heading', { name: 'Karte auflegen' })).toBeTruthy();
  });

  it('says when config.json cannot be loaded at all', async () => {
    const { root, cardSource } = setup([]);
    const loadConfigText = vi.fn(async () => {
      throw new Error('HTTP 404 for ./config.json');
    });
    await startShell(
      { shell: 'workpath', cardSource, hostLanguages: () => [] },
      { root, loadConfigText, loadCatalog },
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'config.json could not be loaded (HTTP 404 for ./config.json).',
    );
  });
});
