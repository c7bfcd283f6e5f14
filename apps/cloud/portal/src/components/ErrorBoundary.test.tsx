// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

afterEach(() => cleanup());

function Broken(): never {
  throw new Error('a bug in a page');
}

describe('ErrorBoundary', () => {
  it('replaces a page that throws with a message and a way back', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary homeHref="/portal/profile">
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'This page stopped working' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong');
    expect(screen.getByRole('link', { name: 'Go to My Profile' }).getAttribute('href')).toBe(
      '/portal/profile',
    );
    expect(logged).toHaveBeenCalled();
  });

  it('shows a page that works', () => {
    render(
      <ErrorBoundary homeHref="/portal/profile">
        <p>fine</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('fine')).toBeTruthy();
  });
});
