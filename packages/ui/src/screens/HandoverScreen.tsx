import type { Handover, HandoverState } from '@cardenroll/core';
import { useEffect, useState } from 'preact/hooks';
import { Button } from '../Button';
import { formatTimeLeft, handoverDeadline } from '../handover-deadline';
import { useT } from '../i18n-context';
import { Screen } from '../Screen';
import { BusyScreen } from './BusyScreen';

interface HandoverScreenProps {
  readonly state: HandoverState;
  readonly onCancel: () => void;
  /** Back to the password fields. */
  readonly onBack: () => void;
}

/** Use your phone: the QR code, the short code and the link to type, the time left, Cancel and Back. */
export function HandoverScreen({ state, onCancel, onBack }: HandoverScreenProps) {
  const t = useT();
  if (state.handover === null) return <BusyScreen activity="startingHandover" onCancel={onCancel} />;
  return (
    <Screen
      name="handover"
      title={t('handover.title')}
      actions={
        <>
          <Button onClick={onCancel}>{t('action.cancel')}</Button>
          <Button onClick={onBack}>{t('action.back')}</Button>
        </>
      }
    >
      <HandoverCodes handover={state.handover} />
    </Screen>
  );
}

function HandoverCodes({ handover }: { readonly handover: Handover }) {
  const t = useT();
  const [deadline] = useState(() => handoverDeadline(handover.expiresAt, Date.now()));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const ticker = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(ticker);
  }, []);
  return (
    <div class="handover">
      <img class="handover__qr" src={handover.qrCode} alt={t('handover.qrAlt')} />
      <div class="handover__text">
        <p class="screen__text">{t('handover.scan')}</p>
        <p class="screen__text screen__text--small">
          {t('handover.typeCode', { link: handover.verificationUri })}
        </p>
        {/* Left to right inside, but placed where the panel's text starts (right, in Arabic). */}
        <p class="handover__code">
          <span dir="ltr">{handover.userCode}</span>
        </p>
        <p class="screen__text screen__text--small">
          {t('handover.timeLeft', { time: formatTimeLeft(deadline, now) })}
        </p>
      </div>
    </div>
  );
}
