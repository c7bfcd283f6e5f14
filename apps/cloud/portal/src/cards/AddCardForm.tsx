import { FailureNotice } from '../components/FailureNotice';
import { Notice } from '../components/Notice';
import { useLanguage } from '../i18n/language-context';
import type { PortalLanguage } from '../i18n/translate';
import type { AddCardModel, AddCardProblem } from './add-card-model';
import { maxCardNumberLength } from './card-number-input';

function inputProblemText(problem: AddCardProblem & { kind: 'input' }, { t }: PortalLanguage): string {
  switch (problem.problem) {
    case 'empty':
      return t('addCard.empty');
    case 'not_hex':
      return t('addCard.notHex');
    case 'too_long':
      return t('addCard.tooLong', { max: maxCardNumberLength });
    default:
      return problem.problem satisfies never;
  }
}

/** Card number and Add card, with the reason next to the field when it cannot be added. */
export function AddCardForm({ model }: { readonly model: AddCardModel }) {
  const language = useLanguage();
  const { t } = language;
  const problem = model.problem.value;
  const added = model.added.value;
  const inputProblem = problem?.kind === 'input' ? inputProblemText(problem, language) : null;

  return (
    <form
      class="form add-card"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void model.submit();
      }}
    >
      <div class="field">
        <label for="add-card-number">{t('addCard.label')}</label>
        <p id="add-card-hint" class="hint">
          {t('addCard.hint', { max: maxCardNumberLength })}
        </p>
        <div class="search__row">
          <input
            id="add-card-number"
            class="mono"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellcheck={false}
            aria-describedby={inputProblem ? 'add-card-hint add-card-problem' : 'add-card-hint'}
            aria-invalid={inputProblem ? true : undefined}
            value={model.cardNumber.value}
            onInput={(event) => model.setCardNumber(event.currentTarget.value)}
          />
          <button type="submit" class="button button--primary" disabled={model.adding.value}>
            {model.adding.value ? t('addCard.adding') : t('addCard.submit')}
          </button>
        </div>
        {inputProblem ? (
          <p id="add-card-problem" class="field__problem" role="alert">
            {inputProblem}
          </p>
        ) : null}
      </div>
      {problem?.kind === 'service' ? (
        <FailureNotice failure={problem.failure} text={serviceProblemText(problem, language)} />
      ) : null}
      {added ? <Notice tone="status">{t('addCard.added', { card: added.masked })}</Notice> : null}
    </form>
  );
}

function serviceProblemText(problem: AddCardProblem & { kind: 'service' }, { t }: PortalLanguage) {
  switch (problem.failure.kind) {
    case 'card_already_assigned':
      return t('addCard.alreadyAssigned');
    case 'card_limit_reached':
      return t('addCard.limitReached');
    case 'invalid_card_number':
      return t('addCard.invalid');
    default:
      return undefined;
  }
}
