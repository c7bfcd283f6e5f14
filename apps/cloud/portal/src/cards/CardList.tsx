import type { Card } from '@cardenroll/contract';
import { useEffect, useRef } from 'preact/hooks';
import { FailureNotice } from '../components/FailureNotice';
import { failureText } from '../components/failure-text';
import { Notice } from '../components/Notice';
import { useLanguage } from '../i18n/language-context';
import { CardFacts } from './CardFacts';
import type { CardsModel } from './cards-model';

interface CardListProps {
  readonly model: CardsModel;
  /** The text when there are no cards. */
  readonly emptyText: string;
  /** What the removal means for whom, e.g. "It no longer signs you in at any printer." */
  readonly removeConsequence: string;
  readonly onRetry: () => void;
  /** The id of the heading that names the list. */
  readonly labelledBy: string;
}

interface RemoveConfirmationProps {
  readonly card: Card;
  readonly consequence: string;
  readonly model: CardsModel;
}

/** The yes-or-no step before a card is removed; it takes the focus so the question is read out. */
function RemoveConfirmation({ card, consequence, model }: RemoveConfirmationProps) {
  const { t } = useLanguage();
  const group = useRef<HTMLFieldSetElement>(null);
  useEffect(() => group.current?.focus(), []);
  return (
    <fieldset class="confirm" tabIndex={-1} ref={group}>
      <legend>
        <strong>{t('cards.removeQuestion', { card: card.masked })}</strong> {consequence}
      </legend>
      <div class="actions">
        <button
          type="button"
          class="button button--danger"
          disabled={model.removing.value}
          onClick={() => void model.confirmRemove()}
        >
          {model.removing.value ? t('cards.removing') : t('cards.removeConfirm')}
        </button>
        <button type="button" class="button" disabled={model.removing.value} onClick={model.cancelRemove}>
          {t('cards.keep')}
        </button>
      </div>
    </fieldset>
  );
}

/** Someone's cards, newest first, each with Remove behind a confirmation. */
export function CardList({ model, emptyText, removeConsequence, onRetry, labelledBy }: CardListProps) {
  const language = useLanguage();
  const { t } = language;
  const remote = model.cards.value;
  const notice = model.notice.value;

  return (
    <div class="card-list-block">
      {notice?.kind === 'removed' ? (
        <Notice tone="status">{t('cards.removed', { card: notice.card.masked })}</Notice>
      ) : null}
      {notice?.kind === 'failed' ? (
        <FailureNotice
          failure={notice.failure}
          text={`${t('cards.removeFailed', { card: notice.card.masked })} ${failureText(notice.failure, language)}`}
        />
      ) : null}
      {remote.status === 'loading' ? (
        <p role="status" class="muted">
          {t('cards.loading')}
        </p>
      ) : null}
      {remote.status === 'failed' ? <FailureNotice failure={remote.failure} onRetry={onRetry} /> : null}
      {remote.status === 'loaded' && remote.value.length === 0 ? <p class="muted">{emptyText}</p> : null}
      {remote.status === 'loaded' && remote.value.length > 0 ? (
        <ul class="card-list" aria-labelledby={labelledBy}>
          {remote.value.map((card) => (
            <li key={card.id} class="card-item">
              <CardFacts card={card} />
              {model.confirming.value === card.id ? (
                <RemoveConfirmation card={card} consequence={removeConsequence} model={model} />
              ) : (
                <div class="actions">
                  <button
                    type="button"
                    class="button"
                    aria-label={t('cards.removeLabel', { card: card.masked })}
                    onClick={() => model.askRemove(card.id)}
                  >
                    {t('cards.remove')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
