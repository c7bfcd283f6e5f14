import type { Card, CardSource } from '@cardenroll/contract';
import { useLanguage } from '../i18n/language-context';

const sourceKeys = {
  panel: 'cards.source.panel',
  portal: 'cards.source.portal',
  directory: 'cards.source.directory',
} as const satisfies Record<CardSource, string>;

/** A card's masked number, where it came from, when, and at which terminal. */
export function CardFacts({ card }: { readonly card: Card }) {
  const { t, dateTime } = useLanguage();
  return (
    <div class="card-facts">
      <p class="card-facts__number">
        <span class="visually-hidden">{t('cards.number')} </span>
        <span class="mono">{card.masked}</span>
      </p>
      <dl class="facts">
        <div>
          <dt>{t('cards.source')}</dt>
          <dd>{t(sourceKeys[card.source])}</dd>
        </div>
        <div>
          <dt>{t('cards.enrolledAt')}</dt>
          <dd>
            <time dateTime={card.enrolledAt}>{dateTime(card.enrolledAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('cards.terminal')}</dt>
          <dd>{card.terminal ? card.terminal.name : t('cards.noTerminal')}</dd>
        </div>
      </dl>
    </div>
  );
}
