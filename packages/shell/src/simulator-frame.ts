import { compileReadConverter, type EnrollmentModel, type Locale } from '@cardenroll/core';
import { connectSimulator } from '@cardenroll/simulator-link';
import { effect, type Signal } from '@preact/signals';

/** What the simulator may switch on a running panel. */
export interface LiveSettings {
  /** Switches the panel's language once its catalog is loaded. */
  readonly requestLocale: (locale: Locale) => void;
  readonly installerView: Signal<boolean>;
}

/**
 * Lets the panel simulator framing this page switch language, chain and installer view live and log
 * swipes. Inert on a printer: nothing frames the panel there (see connectSimulator for the origin rules).
 */
export function linkToSimulatorFrame(model: EnrollmentModel, live: LiveSettings): () => void {
  if (typeof window === 'undefined' || window.parent === window) return () => {};
  const link = connectSimulator({
    onLocale: (locale) => {
      live.requestLocale(locale);
    },
    onDiagnostics: (on) => {
      live.installerView.value = on;
    },
    onConversion: (chain) => {
      const compiled = compileReadConverter(chain);
      if (!compiled.ok) return compiled.error;
      model.setConverter(compiled.convert);
      return null;
    },
  });
  const stopReporting = effect(() => {
    const swipe = model.lastSwipe.value;
    if (swipe) link.reportSwipe(swipe.read, swipe.outcome);
  });
  return () => {
    stopReporting();
    link.disconnect();
  };
}
