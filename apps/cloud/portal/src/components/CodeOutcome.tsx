import { useEffect, useRef } from 'preact/hooks';
import { useLanguage } from '../i18n/language-context';
import type { CodeKind } from './CodeEntry';
import { Notice } from './Notice';
import { RouteLink } from './RouteLink';

interface CodeOutcomeProps {
  readonly kind: CodeKind;
  readonly good: boolean;
  readonly title: string;
  readonly body: string;
  /** Offers another code (this one ran out). */
  readonly onAnotherCode?: (() => void) | undefined;
}

/** How a code's question ended, focused so a screen reader reads it; then My Profile, or another code. */
export function CodeOutcome({ kind, good, title, body, onAnotherCode }: CodeOutcomeProps) {
  const { t } = useLanguage();
  const block = useRef<HTMLDivElement>(null);
  useEffect(() => block.current?.focus(), [title]);
  return (
    <div class={`outcome outcome--${good ? 'good' : 'bad'}`} tabIndex={-1} ref={block}>
      <Notice tone={good ? 'status' : 'alert'}>
        <h2>{title}</h2>
        <p>{body}</p>
      </Notice>
      <div class="actions actions--stacked">
        {onAnotherCode ? (
          <button type="button" class="button button--wide" onClick={onAnotherCode}>
            {t(`${kind}.anotherCode`)}
          </button>
        ) : null}
        <RouteLink to={{ page: 'profile' }} class="button button--wide">
          {t(`${kind}.toProfile`)}
        </RouteLink>
      </div>
    </div>
  );
}
