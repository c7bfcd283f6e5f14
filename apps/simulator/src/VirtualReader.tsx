import { demoCards } from '@cardenroll/cloud-mock';
import { useState } from 'preact/hooks';

type ReaderKind = 'keyboard' | 'webhid';

interface VirtualReaderProps {
  /** The kinds of reader this shell can have; null when it has one only. */
  readonly readerKinds: readonly ReaderKind[] | null;
  readonly readerKind: ReaderKind;
  /** Whether the panel has the reader open, for readers where it must open it first; null otherwise. */
  readonly readerStatus: string | null;
  /** What this reader sends for a card, when that is not the card number itself; null otherwise. */
  readonly readerNote: string | null;
  /** Switches the reader; the panel restarts with the matching config. */
  readonly onReaderKind: (kind: ReaderKind) => void;
  readonly onSwipe: (card: string) => void;
  /** Registers the typed card to a demo user behind the panel's back, as the portal would. */
  /** The mock tenant's shortcut; with the reference service, its portal does this. */
  readonly onAssign?: ((card: string, username: string) => void) | undefined;
}

const demoButtons = [
  { label: "Carol's card (registered)", card: demoCards.carol },
  ...demoCards.unknown.map((card, index) => ({ label: `New card ${index + 1} (${card})`, card })),
];

/** A card reader beside the panel: demo cards one tap away, and any number typed in. */
const readerLabels: Record<ReaderKind, string> = {
  keyboard: 'Keyboard wedge',
  webhid: 'WebHID (vendor protocol)',
};

export function VirtualReader({
  readerKinds,
  readerKind,
  readerStatus,
  readerNote,
  onReaderKind,
  onSwipe,
  onAssign,
}: VirtualReaderProps) {
  const [card, setCard] = useState('');
  return (
    <fieldset class="control">
      <legend>Card reader</legend>
      {readerKinds ? (
        <label>
          Reader type
          <select
            value={readerKind}
            onChange={(event) => onReaderKind(event.currentTarget.value as ReaderKind)}
          >
            {readerKinds.map((kind) => (
              <option key={kind} value={kind}>
                {readerLabels[kind]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {readerNote ? <p class="control__status">{readerNote}</p> : null}
      {readerStatus ? (
        <p class="control__status" role="status" aria-label="Reader status">
          {readerStatus}
        </p>
      ) : null}
      <div class="control__buttons">
        {demoButtons.map((demo) => (
          <button key={demo.card} type="button" onClick={() => onSwipe(demo.card)}>
            Swipe {demo.label}
          </button>
        ))}
      </div>
      <form
        class="control__row"
        onSubmit={(event) => {
          event.preventDefault();
          if (card.trim() !== '') onSwipe(card.trim());
        }}
      >
        <label>
          Card number
          <input value={card} onInput={(event) => setCard(event.currentTarget.value)} spellcheck={false} />
        </label>
        <button type="submit">Swipe card</button>
      </form>
      {onAssign ? (
        <button
          type="button"
          class="control__secondary"
          onClick={() => card.trim() !== '' && onAssign(card.trim(), 'carol')}
        >
          Register this card to Carol in the portal
        </button>
      ) : null}
    </fieldset>
  );
}
