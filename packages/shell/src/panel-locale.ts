import { type Locale, negotiateLocale, type TerminalConfig } from '@cardenroll/core';

/** The panel's language: the one config.json names, else the host's or device's first we speak, else English. */
export function panelLocale(configured: TerminalConfig['locale'], hostLanguages: readonly string[]): Locale {
  return configured === 'auto' ? negotiateLocale(hostLanguages) : configured;
}

/** The device's languages as its browser reports them, best first. */
export function deviceLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  if (navigator.languages && navigator.languages.length > 0) return navigator.languages;
  return navigator.language ? [navigator.language] : [];
}
