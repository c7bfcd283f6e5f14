import { maskCardNumber, type SwipeDiagnosis } from '@cardenroll/core';
import { useT } from './i18n-context';

/**
 * The installer's view of the last swipe: what the reader sent and what the conversion made of it,
 * both masked, so the panel never shows a whole card number.
 */
export function SwipeDiagnostics({ diagnosis }: { readonly diagnosis: SwipeDiagnosis | null }) {
  const t = useT();
  if (!diagnosis) return null;
  const { read, outcome } = diagnosis;
  const reason = outcome.ok ? '' : outcome.rule ? `${outcome.rule}: ${outcome.reason}` : outcome.reason;
  return (
    <section class="diagnostics" aria-label={t('diagnostics.label')}>
      <p>{t('diagnostics.read', { read: maskCardNumber(read.trim()), length: read.trim().length })}</p>
      <p>
        {outcome.ok
          ? t('diagnostics.converted', { card: maskCardNumber(outcome.cardNumber) })
          : t('diagnostics.failed', { reason })}
      </p>
    </section>
  );
}
