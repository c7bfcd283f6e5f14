import { demoCards } from '@cardenroll/cloud-mock';
import { useState } from 'preact/hooks';

interface VirtualReaderProps {
  readonly onSwipe: (card: string) => void;
  /** Registers the typed card to a demo user behind the panel's back, as the portal would. */
  readonly onAssign: (card: string, username: string) => void;
}

const demoButtons = [
  { label: "Carol's card (registered)", card: demoCards.carol },
  ...demoCards.unknown.map((card, index) => ({ label: `New card ${index + 1} (${card})`, card })),
];

/** A card reader beside the panel: demo cards one tap away, and any number typed in. */
export function VirtualReader({ onSwipe, onAssign }: VirtualReaderProps) {
  const [card, setCard] = useState('');
  return (
    <fieldset class="control">
      <legend>Card reader</legend>
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
      <button
        type="button"
        class="control__secondary"
        onClick={() => card.trim() !== '' && onAssign(card.trim(), 'carol')}
      >
        Register this card to Carol in the portal
      </button>
    </fieldset>
  );
}
