import { Button } from '../Button';
import { useT } from '../i18n-context';
import { Screen } from '../Screen';

interface BusyScreenProps {
  readonly activity: 'identifying' | 'submitting' | 'startingHandover';
  /** Absent while registering: the tenant may already be registering the card. */
  readonly onCancel?: (() => void) | undefined;
}

/** Waiting for the tenant: a live status, and Cancel where leaving is safe. */
export function BusyScreen({ activity, onCancel }: BusyScreenProps) {
  const t = useT();
  const title = t(`busy.${activity}`);
  return (
    <Screen
      name="busy"
      title={title}
      actions={onCancel ? <Button onClick={onCancel}>{t('busy.cancel')}</Button> : undefined}
    >
      <div class="spinner" role="status" aria-label={title} />
    </Screen>
  );
}
