import type { EnrollmentModel, Language } from '@cardenroll/core';
import type { ReadonlySignal } from '@preact/signals';
// Installs the signals' Preact hooks, so a component that reads a signal's value re-renders when it changes.
import '@preact/signals';
import { render } from 'preact';
import type { CredentialsOptions } from './credentials-options';
import { Panel } from './Panel';
import { prefetchPanelParts } from './parts/panel-parts';
import './panel.css';

export interface MountOptions {
  readonly model: EnrollmentModel;
  readonly language: ReadonlySignal<Language>;
  readonly credentials: CredentialsOptions;
  /** Installer view of reads and conversions; off unless the terminal's config turns it on. */
  readonly diagnostics?: ReadonlySignal<boolean>;
}

/** Renders the panel into `root`; the returned function unmounts it. */
export function mount(root: HTMLElement, options: MountOptions): () => void {
  render(<Panel {...options} />, root);
  prefetchPanelParts({
    handover: options.credentials.phoneHandover,
    installerView: options.diagnostics?.peek() ?? false,
  });
  return () => render(null, root);
}
