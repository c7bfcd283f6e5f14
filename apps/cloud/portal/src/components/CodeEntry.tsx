import { useEffect, useRef } from 'preact/hooks';
import { useLanguage } from '../i18n/language-context';

/** Whose code: the texts' prefix in the catalogs and the form's element ids. */
export type CodeKind = 'link' | 'device';

interface CodeEntryProps {
  readonly kind: CodeKind;
  readonly value: string;
  /** What is wrong with the last code. */
  readonly problem?: 'invalid_code' | 'unknown_code' | undefined;
  readonly onInput: (value: string) => void;
  readonly onSubmit: () => void;
}

/**
 * The form where a person types a short code they read off another screen (a printer's hand-over, a
 * desktop client's sign-in): one field, its hint, and the problem with the last code, which takes the focus.
 */
export function CodeEntry({ kind: id, value, problem: code, onInput, onSubmit }: CodeEntryProps) {
  const { t } = useLanguage();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (code) field.current?.focus();
  }, [code]);
  const problem =
    code === 'invalid_code'
      ? t(`${id}.invalidCode`)
      : code === 'unknown_code'
        ? t(`${id}.unknownCode`)
        : null;
  return (
    <form
      class="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <p>{t(`${id}.codeIntro`)}</p>
      <div class="field">
        <label for={`${id}-code`}>{t(`${id}.codeLabel`)}</label>
        <p id={`${id}-code-hint`} class="hint">
          {t(`${id}.codeHint`)}
        </p>
        <input
          id={`${id}-code`}
          ref={field}
          class="mono input--code"
          type="text"
          inputMode="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellcheck={false}
          maxLength={16}
          aria-describedby={problem ? `${id}-code-hint ${id}-code-problem` : `${id}-code-hint`}
          aria-invalid={problem ? true : undefined}
          value={value}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        {problem ? (
          <p id={`${id}-code-problem`} class="field__problem" role="alert">
            {problem}
          </p>
        ) : null}
      </div>
      <div class="actions">
        <button type="submit" class="button button--primary button--wide">
          {t(`${id}.continue`)}
        </button>
      </div>
    </form>
  );
}
