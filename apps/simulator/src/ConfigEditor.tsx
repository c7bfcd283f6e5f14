import { useState } from 'preact/hooks';

interface ConfigEditorProps {
  /** The demo terminal's config.json as the switches make it now. */
  readonly demoText: () => string;
  /** A config of QA's own is in use. */
  readonly custom: boolean;
  /** Restarts the panel with this config.json text, or with the demo terminal's when null. */
  readonly onRestart: (text: string | null) => void;
}

/** Try a terminal's config.json on the panel, broken ones included: the panel must explain, never go blank. */
export function ConfigEditor({ demoText, custom, onRestart }: ConfigEditorProps) {
  const [text, setText] = useState(demoText);
  return (
    <fieldset class="control">
      <legend>Terminal config</legend>
      <label>
        config.json
        <textarea
          rows={8}
          spellcheck={false}
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </label>
      <div class="control__buttons">
        <button type="button" onClick={() => onRestart(text)}>
          Restart panel with this config
        </button>
        <button
          type="button"
          class="control__secondary"
          onClick={() => {
            setText(demoText());
            onRestart(null);
          }}
        >
          Back to the demo config
        </button>
      </div>
      <p class="control__status" role="status" aria-label="Config in use">
        {custom ? 'The panel runs with the config above' : 'The panel runs with the demo terminal’s config'}
      </p>
    </fieldset>
  );
}
