import type { ReadOutcome } from '@cardenroll/core';
import { useEffect, useState } from 'preact/hooks';

/** A swipe the panel reported, and what its conversion made of it. */
export interface LoggedSwipe {
  readonly read: string;
  readonly outcome: ReadOutcome;
}

interface CardReadingControlsProps {
  readonly chain: string;
  readonly chainError: { readonly message: string; readonly position: number } | null;
  readonly onApplyChain: (chain: string) => void;
  readonly diagnostics: boolean;
  readonly onDiagnostics: (on: boolean) => void;
  readonly swipes: readonly LoggedSwipe[];
}

/** The installer's tools: the terminal's conversion chain, the panel's installer view, recent swipes. */
export function CardReadingControls(props: CardReadingControlsProps) {
  const [draft, setDraft] = useState(props.chain);
  // A chain applied from elsewhere (the rule finder) shows up in the field.
  useEffect(() => setDraft(props.chain), [props.chain]);
  return (
    <fieldset class="control">
      <legend>Card numbers</legend>
      <form
        class="control__row"
        onSubmit={(event) => {
          event.preventDefault();
          props.onApplyChain(draft);
        }}
      >
        <label>
          Conversion chain
          <input
            value={draft}
            placeholder="e.g. ASCII2Hex;Hex2Dec"
            spellcheck={false}
            aria-describedby="chain-status"
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
        </label>
        <button type="submit">Apply chain</button>
      </form>
      <p id="chain-status" class="control__status" role="status">
        {props.chainError
          ? `Not applied: ${props.chainError.message} (at character ${props.chainError.position + 1})`
          : props.chain
            ? `Swipes are converted with ${props.chain}`
            : 'No conversion: the read is the card number'}
      </p>
      <label class="control__choice">
        <input
          type="checkbox"
          checked={props.diagnostics}
          onChange={(event) => props.onDiagnostics(event.currentTarget.checked)}
        />
        Installer view on the panel
      </label>
      {props.swipes.length > 0 ? (
        <table class="swipe-log">
          <caption>Recent swipes</caption>
          <thead>
            <tr>
              <th scope="col">Read</th>
              <th scope="col">Card number</th>
            </tr>
          </thead>
          <tbody>
            {props.swipes.map((swipe, index) => (
              // Swipes repeat, so a row is known by its position in the log.
              <tr key={`${index}-${swipe.read}`}>
                <td>{swipe.read}</td>
                <td>
                  {swipe.outcome.ok ? swipe.outcome.cardNumber : `not converted: ${swipe.outcome.reason}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </fieldset>
  );
}
