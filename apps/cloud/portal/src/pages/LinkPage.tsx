import type { HandoverView, PortalUser } from '@cardenroll/contract';
import { useEffect, useMemo } from 'preact/hooks';
import { CodeEntry } from '../components/CodeEntry';
import { CodeOutcome } from '../components/CodeOutcome';
import { FailureNotice } from '../components/FailureNotice';
import { PageHeading } from '../components/PageHeading';
import { useLanguage } from '../i18n/language-context';
import { createLinkModel, type LinkModel, type LinkOutcome } from '../link/link-model';
import { formatUserCode } from '../link/user-code';
import { usePortal } from '../portal-context';

interface LinkPageProps {
  readonly user: PortalUser;
  /** The code from the link the phone opened, if any. */
  readonly code?: string | undefined;
}

interface QuestionProps {
  readonly model: LinkModel;
  readonly handover: HandoverView;
  readonly user: PortalUser;
  readonly answering?: 'confirm' | 'deny' | undefined;
}

function Question({ model, handover, user, answering }: QuestionProps) {
  const { t, time } = useLanguage();
  const terminal = handover.terminal?.name;
  const question = terminal
    ? t('link.question', { card: handover.maskedCard, terminal, name: user.displayName })
    : t('link.questionNoTerminal', { card: handover.maskedCard, name: user.displayName });
  return (
    <fieldset class="handover">
      <legend class="handover__question">{question}</legend>
      <p class="muted">{t('link.expiresAt', { time: time(handover.expiresAt) })}</p>
      <div class="actions actions--stacked">
        <button
          type="button"
          class="button button--primary button--wide"
          disabled={answering !== undefined}
          onClick={() => void model.confirm()}
        >
          {answering === 'confirm' ? t('link.confirming') : t('link.confirm')}
        </button>
        <button
          type="button"
          class="button button--wide"
          disabled={answering !== undefined}
          onClick={() => void model.deny()}
        >
          {answering === 'deny' ? t('link.denying') : t('link.deny')}
        </button>
      </div>
    </fieldset>
  );
}

const outcomeKeys = {
  confirmed: { title: 'link.done.confirmed.title', body: 'link.done.confirmed.body' },
  denied: { title: 'link.done.denied.title', body: 'link.done.denied.body' },
  expired: { title: 'link.done.expired.title', body: 'link.done.expired.body' },
  card_already_assigned: { title: 'link.done.taken.title', body: 'link.done.taken.body' },
  card_limit_reached: { title: 'link.done.limit.title', body: 'link.done.limit.body' },
} as const satisfies Record<LinkOutcome, { title: string; body: string }>;

function Outcome({ model, outcome }: { readonly model: LinkModel; readonly outcome: LinkOutcome }) {
  const { t } = useLanguage();
  return (
    <CodeOutcome
      kind="link"
      good={outcome === 'confirmed' || outcome === 'denied'}
      title={t(outcomeKeys[outcome].title)}
      body={t(outcomeKeys[outcome].body)}
      onAnotherCode={outcome === 'expired' ? model.startOver : undefined}
    />
  );
}

/** Link a card from your phone: confirm (or deny) the card a printer is waiting to register to you. */
export function LinkPage({ user, code }: LinkPageProps) {
  const { t } = useLanguage();
  const { client } = usePortal();
  const model = useMemo(() => createLinkModel(client), [client]);
  useEffect(() => {
    if (code !== undefined) void model.open(code);
  }, [model, code]);
  const state = model.state.value;

  return (
    <section class="page page--narrow page--link" aria-labelledby="page-heading">
      <PageHeading title={t('link.title')} />
      {state.step === 'enterCode' ? (
        <CodeEntry
          kind="link"
          value={state.input}
          problem={state.problem}
          onInput={model.setInput}
          onSubmit={() => void model.submitCode()}
        />
      ) : null}
      {state.step === 'loading' ? (
        <p role="status">{t('link.loading', { code: formatUserCode(state.code) })}</p>
      ) : null}
      {state.step === 'confirm' ? <Question model={model} handover={state.handover} user={user} /> : null}
      {state.step === 'answering' ? (
        <>
          <p role="status" class="visually-hidden">
            {state.answer === 'confirm' ? t('link.confirming') : t('link.denying')}
          </p>
          <Question model={model} handover={state.handover} user={user} answering={state.answer} />
        </>
      ) : null}
      {state.step === 'failed' && state.handover ? (
        <>
          <FailureNotice failure={state.failure} />
          <Question model={model} handover={state.handover} user={user} />
        </>
      ) : null}
      {state.step === 'failed' && !state.handover ? (
        <>
          <FailureNotice failure={state.failure} onRetry={() => void model.retry()} />
          <div class="actions">
            <button type="button" class="button" onClick={model.startOver}>
              {t('link.anotherCode')}
            </button>
          </div>
        </>
      ) : null}
      {state.step === 'done' ? <Outcome model={model} outcome={state.outcome} /> : null}
    </section>
  );
}
