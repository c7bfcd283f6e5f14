import { type EnrollmentModel, type Language, textDirection, translator } from '@cardenroll/core';
import type { ReadonlySignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import type { CredentialsOptions } from './credentials-options';
import { LanguageContext } from './i18n-context';
import { handoverPart, installerViewPart } from './parts/panel-parts';
import { BusyScreen } from './screens/BusyScreen';
import { CredentialsScreen } from './screens/CredentialsScreen';
import { IdleScreen } from './screens/IdleScreen';
import { ProblemScreen } from './screens/ProblemScreen';
import { PromptScreen } from './screens/PromptScreen';
import { SignedInScreen } from './screens/SignedInScreen';
import { TimeoutWarning } from './TimeoutWarning';

export interface PanelProps {
  readonly model: EnrollmentModel;
  /** The panel's language with its catalog, loaded: the shell fetches a catalog before switching to it. */
  readonly language: ReadonlySignal<Language>;
  readonly credentials: CredentialsOptions;
  /** Show installers what the reader sent and what it converted to, on unknown and unreadable cards. */
  readonly diagnostics?: ReadonlySignal<boolean>;
}

/** The whole panel: the screen for the flow's state, in the panel's language. Reads signals, sends actions. */
export function Panel({ model, language: current, credentials, diagnostics }: PanelProps) {
  const { locale: currentLocale, catalog } = current.value;
  const language = useMemo(
    () => ({ locale: currentLocale, t: translator(catalog) }),
    [currentLocale, catalog],
  );

  return (
    <LanguageContext.Provider value={language}>
      {/* lang lets screen readers and fonts pick the voice and glyphs (Japanese); dir mirrors Arabic. */}
      <main class="panel" lang={currentLocale} dir={textDirection(currentLocale)}>
        <Current model={model} credentials={credentials} diagnostics={diagnostics?.value ?? false} />
        <InactivityWarning model={model} />
      </main>
    </LanguageContext.Provider>
  );
}

/**
 * More time, over whatever screen is up. A component of its own, so that only what reads a state re-renders
 * when it changes: the frame around the screens does not.
 */
function InactivityWarning({ model }: Pick<PanelProps, 'model'>) {
  return model.state.value.expiring ? <TimeoutWarning onMoreTime={model.moreTime} /> : null;
}

function Current({
  model,
  credentials,
  diagnostics,
}: Pick<PanelProps, 'model' | 'credentials'> & { readonly diagnostics: boolean }) {
  const state = model.shown.value;
  switch (state.name) {
    case 'idle':
      return <IdleScreen />;
    case 'identifying':
      return <BusyScreen activity="identifying" onCancel={model.cancel} />;
    case 'submitting':
      return <BusyScreen activity="submitting" />;
    case 'prompt':
      return (
        <PromptScreen card={state.card} onEnroll={model.chooseEnrollment} onCancel={model.cancel}>
          {diagnostics ? <installerViewPart.View diagnosis={model.lastSwipe.value} /> : null}
        </PromptScreen>
      );
    case 'credentials':
      return (
        <CredentialsScreen
          state={state}
          options={credentials}
          canSubmit={model.canSubmit.value}
          onUsername={model.setUsername}
          onSecret={model.setSecret}
          onSubmit={model.submit}
          onUseHandover={model.useHandover}
          onCancel={model.cancel}
        />
      );
    case 'handover':
      return <handoverPart.View state={state} onCancel={model.cancel} onBack={model.goBack} />;
    case 'signedIn':
      return <SignedInScreen state={state} onLogOut={model.logOut} />;
    case 'failed':
      return (
        <ProblemScreen state={state} onRetry={model.retry} onBack={model.goBack} onCancel={model.cancel}>
          {diagnostics && state.problem.kind === 'unreadable_card' ? (
            <installerViewPart.View diagnosis={model.lastSwipe.value} />
          ) : null}
        </ProblemScreen>
      );
    default:
      return state satisfies never;
  }
}
