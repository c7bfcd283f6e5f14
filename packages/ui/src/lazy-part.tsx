import { signal } from '@preact/signals';
import type { ComponentType, JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { Button } from './Button';
import { useT } from './i18n-context';
import { Screen } from './Screen';

type PartStatus<P> =
  | { readonly kind: 'waiting' }
  | { readonly kind: 'ready'; readonly component: ComponentType<P> }
  | { readonly kind: 'failed' };

/** Set once a part's file could not be loaded: the placeholder then shows the message with Try again. */
export interface PartFailure {
  readonly onRetry: () => void;
}

/** What a part shows while it loads, and, given `failed`, instead of it when its file cannot be loaded. */
export type PartPlaceholder<P> = ComponentType<P & { readonly failed?: PartFailure }>;

/** A part of the panel that few panels show, loaded when it is first needed (decision 0025). */
export interface LazyPart<P extends object> {
  /**
   * Loads the part unless it is loaded or loading. A failure is kept only while the part is on screen:
   * a prefetch that failed is tried again when the part is needed.
   */
  readonly load: () => Promise<void>;
  /** Renders the part; while it loads, its placeholder; when its file cannot be loaded, the message. */
  readonly View: (props: P) => JSX.Element | null;
}

/**
 * Wraps a part loaded on demand: `import()`, which the modern build keeps and the ES5 build turns into a
 * classic script from the panel's own origin. The part is a component; until it is there the panel shows
 * `placeholder` (the screen it stands in for is still answered: Cancel works), and when its file cannot be
 * loaded, a localized message with Try again, never a blank panel.
 */
export function lazyPart<P extends object>(
  importPart: () => Promise<ComponentType<P>>,
  placeholder: PartPlaceholder<P> = LoadingScreen,
): LazyPart<P> {
  const status = signal<PartStatus<P>>({ kind: 'waiting' });
  let loading: Promise<void> | undefined;
  // How many views of the part are on screen: a prefetch that fails while none is stays unnoticed.
  let shown = 0;
  const load = (): Promise<void> => {
    loading ??= importPart().then(
      (component) => {
        status.value = { kind: 'ready', component };
      },
      () => {
        loading = undefined;
        status.value = shown > 0 ? { kind: 'failed' } : { kind: 'waiting' };
      },
    );
    return loading;
  };
  const retry = () => {
    status.value = { kind: 'waiting' };
    void load();
  };

  function View(props: P): JSX.Element | null {
    const now = status.value;
    useEffect(() => {
      shown++;
      if (status.peek().kind !== 'ready') retry();
      return () => {
        shown--;
      };
    }, []);
    if (now.kind === 'ready') {
      const Part = now.component as ComponentType<P>;
      return <Part {...props} />;
    }
    const Placeholder = placeholder;
    return now.kind === 'failed' ? (
      <Placeholder {...props} failed={{ onRetry: retry }} />
    ) : (
      <Placeholder {...props} />
    );
  }
  return { load, View };
}

/** The message for a part of a screen whose file could not be loaded, with a way to try again. */
export function PartMissing({ onRetry }: PartFailure) {
  const t = useT();
  return (
    <div class="part-missing" role="alert">
      <p class="screen__text">
        <strong>{t('part.failedTitle')}</strong>
      </p>
      <p class="screen__text screen__text--small">{t('part.failedBody')}</p>
      <Button kind="primary" onClick={onRetry}>
        {t('action.retry')}
      </Button>
    </div>
  );
}

/**
 * The placeholder of a whole screen: "Loading…", or the message once its file could not be loaded, with
 * Try again and, where the screen has one, the way out it stands in for.
 */
export function LoadingScreen({
  failed,
  onCancel,
}: {
  readonly failed?: PartFailure | undefined;
  readonly onCancel?: (() => void) | undefined;
}) {
  const t = useT();
  const cancel = onCancel ? <Button onClick={onCancel}>{t('action.cancel')}</Button> : null;
  return failed ? (
    <Screen
      name="part"
      title={t('part.failedTitle')}
      actions={
        <>
          <Button kind="primary" onClick={failed.onRetry}>
            {t('action.retry')}
          </Button>
          {cancel}
        </>
      }
    >
      <p class="screen__text" role="alert">
        {t('part.failedBody')}
      </p>
    </Screen>
  ) : (
    <Screen name="part" title={t('part.loading')} actions={cancel}>
      <div class="spinner" role="status" aria-label={t('part.loading')} />
    </Screen>
  );
}
