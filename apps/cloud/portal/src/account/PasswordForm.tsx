import { minPasswordLength } from '@cardenroll/contract';
import { useRef } from 'preact/hooks';
import { failureText } from '../components/failure-text';
import { Notice } from '../components/Notice';
import { useLanguage } from '../i18n/language-context';
import type { PortalLanguage } from '../i18n/translate';
import type { PasswordField, PasswordFormModel, PasswordFormNotice } from './password-form-model';

interface PasswordFormProps {
  readonly model: PasswordFormModel;
  /** Prefix of the fields' ids, so two forms on a page never share one. */
  readonly idPrefix: string;
  readonly submitLabel: string;
  readonly savingLabel: string;
  /** What a success means, e.g. "Password changed. Your other sessions were signed out." */
  readonly doneText: string;
  readonly needsCurrent: boolean;
}

function problemText(notice: PasswordFormNotice, language: PortalLanguage): string | null {
  const { t } = language;
  if (notice.kind === 'done') return null;
  if (notice.kind === 'failed') {
    return notice.failure.kind === 'weak_password'
      ? t('password.weak', { min: minPasswordLength })
      : failureText(notice.failure, language);
  }
  switch (notice.problem) {
    case 'current_missing':
      return t('password.currentMissing');
    case 'too_short':
      return t('password.tooShort', { min: minPasswordLength });
    case 'mismatch':
      return t('password.mismatch');
    default:
      return notice.problem satisfies never;
  }
}

/** Which field the person goes back to after a refusal. */
function fieldToFix(notice: PasswordFormNotice): PasswordField {
  if (notice.kind === 'input' && notice.problem === 'current_missing') return 'current';
  if (notice.kind === 'failed' && notice.failure.kind === 'wrong_password') return 'current';
  return 'next';
}

/**
 * New password and its repetition (and the current one for one's own), with the rules beside the field
 * and the refusal read out. Browsers' password managers get the right hints: current-password and
 * new-password.
 */
export function PasswordForm(props: PasswordFormProps) {
  const language = useLanguage();
  const { t } = language;
  const { model, idPrefix } = props;
  const notice = model.notice.value;
  const problem = notice === null ? null : problemText(notice, language);
  const refs = { current: useRef<HTMLInputElement>(null), next: useRef<HTMLInputElement>(null) };
  const hintId = `${idPrefix}-hint`;
  const problemId = `${idPrefix}-problem`;
  const describedBy = problem ? `${hintId} ${problemId}` : hintId;

  const field = (name: PasswordField, label: string, autoComplete: string) => (
    <div class="field">
      <label for={`${idPrefix}-${name}`}>{label}</label>
      <input
        id={`${idPrefix}-${name}`}
        {...(name === 'repeat' ? {} : { ref: refs[name] })}
        type="password"
        autoComplete={autoComplete}
        spellcheck={false}
        aria-describedby={name === 'next' ? describedBy : problem ? problemId : undefined}
        aria-invalid={
          problem !== null && fieldToFix(notice as PasswordFormNotice) === name ? true : undefined
        }
        value={model.fields[name].value}
        onInput={(event) => model.set(name, event.currentTarget.value)}
      />
      {name === 'next' ? (
        <p id={hintId} class="hint">
          {t('password.rules', { min: minPasswordLength })}
        </p>
      ) : null}
    </div>
  );

  return (
    <form
      class="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void model.submit().then((done) => {
          const after = model.notice.value;
          if (!done && after !== null)
            refs[fieldToFix(after) === 'current' ? 'current' : 'next'].current?.focus();
        });
      }}
    >
      {props.needsCurrent ? field('current', t('password.current'), 'current-password') : null}
      {field('next', t('password.new'), 'new-password')}
      {field('repeat', t('password.repeat'), 'new-password')}
      {problem ? (
        <p id={problemId} class="field__problem" role="alert">
          {problem}
        </p>
      ) : null}
      {notice?.kind === 'done' ? <Notice tone="status">{props.doneText}</Notice> : null}
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={model.saving.value}>
          {model.saving.value ? props.savingLabel : props.submitLabel}
        </button>
      </div>
    </form>
  );
}
