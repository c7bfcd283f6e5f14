import type { AddedTerminal } from '@cardenroll/contract';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { Confirmation } from '../components/Confirmation';
import { CopyButton } from '../components/CopyButton';
import { FailureNotice } from '../components/FailureNotice';
import { failureText } from '../components/failure-text';
import { Moment } from '../components/Moment';
import { Notice } from '../components/Notice';
import { PageHeading } from '../components/PageHeading';
import { useLanguage } from '../i18n/language-context';
import { usePortal } from '../portal-context';
import { createTerminalsModel, type TerminalsModel } from './terminals-model';

/** The key of a terminal just added: shown this once, with Copy and Done. */
function ShownKey({ added, onDone }: { readonly added: AddedTerminal; readonly onDone: () => void }) {
  const { t } = useLanguage();
  const block = useRef<HTMLElement>(null);
  // Focus lands on the key, so the warning is read out and Copy is the next Tab.
  useEffect(() => block.current?.focus(), [added]);
  return (
    <section class="otp" aria-labelledby="terminal-key-label" tabIndex={-1} ref={block}>
      <h3 class="otp__label" id="terminal-key-label">
        {t('terminals.keyLabel', { name: added.name })}
      </h3>
      <p class="otp__value otp__value--key mono" translate={false}>
        {added.key}
      </p>
      <p>
        <strong>{t('terminals.keyOnce')}</strong> {t('terminals.keyWhere')}
      </p>
      <div class="actions">
        <CopyButton secret={added.key} label={t('terminals.copy')} failedText={t('terminals.copyFailed')} />
        <button type="button" class="button" onClick={onDone}>
          {t('terminals.done')}
        </button>
      </div>
    </section>
  );
}

function AddTerminalForm({ model }: { readonly model: TerminalsModel }) {
  const language = useLanguage();
  const { t } = language;
  const failure = model.addFailure.value;
  const field = useRef<HTMLInputElement>(null);
  return (
    <form
      class="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void model.add().then(() => {
          if (model.addFailure.value !== null) field.current?.focus();
        });
      }}
    >
      <div class="field">
        <label for="terminal-name">{t('terminals.name')}</label>
        <input
          id="terminal-name"
          ref={field}
          type="text"
          autoComplete="off"
          maxLength={100}
          aria-describedby={
            failure === 'empty' ? 'terminal-name-hint terminal-name-problem' : 'terminal-name-hint'
          }
          aria-invalid={failure === 'empty' ? true : undefined}
          value={model.name.value}
          onInput={(event) => model.setName(event.currentTarget.value)}
        />
        <p id="terminal-name-hint" class="hint">
          {t('terminals.nameHint')}
        </p>
      </div>
      {failure === 'empty' ? (
        <p id="terminal-name-problem" class="field__problem" role="alert">
          {t('terminals.nameMissing')}
        </p>
      ) : null}
      {failure !== null && failure !== 'empty' ? (
        <Notice tone="alert">{failureText(failure, language)}</Notice>
      ) : null}
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={model.adding.value}>
          {model.adding.value ? t('terminals.adding') : t('terminals.add')}
        </button>
      </div>
    </form>
  );
}

/** Terminals (administrators): each printer panel's key, last contact, and Revoke; Add terminal. */
export function TerminalsPage() {
  const language = useLanguage();
  const { t, dateTime } = language;
  const { client } = usePortal();
  const model = useMemo(() => createTerminalsModel(client), [client]);
  useEffect(() => {
    void model.load();
    // Leaving the page drops a key still on show.
    return () => model.forget();
  }, [model]);
  const list = model.terminals.value;
  const added = model.added.value;
  const notice = model.notice.value;

  return (
    <section class="page" aria-labelledby="page-heading">
      <PageHeading title={t('terminals.title')} />
      <p class="muted">{t('terminals.intro')}</p>
      <section class="panel" aria-labelledby="add-terminal-heading">
        <h2 id="add-terminal-heading">{t('terminals.addTitle')}</h2>
        <AddTerminalForm model={model} />
        {added ? <ShownKey added={added} onDone={model.forget} /> : null}
      </section>
      <section class="panel" aria-labelledby="terminal-list-heading">
        <h2 id="terminal-list-heading">{t('terminals.listTitle')}</h2>
        {notice?.kind === 'revoked' ? (
          <Notice tone="status">{t('terminals.revoked', { name: notice.name })}</Notice>
        ) : null}
        {notice?.kind === 'revokeFailed' ? (
          <FailureNotice
            failure={notice.failure}
            text={`${t('terminals.revokeFailed', { name: notice.name })} ${failureText(notice.failure, language)}`}
          />
        ) : null}
        {list.status === 'loading' ? <p role="status">{t('terminals.loading')}</p> : null}
        {list.status === 'failed' ? (
          <FailureNotice failure={list.failure} onRetry={() => void model.load()} />
        ) : null}
        {list.status === 'loaded' && list.value.length === 0 ? (
          <p class="muted">{t('terminals.none')}</p>
        ) : null}
        {list.status === 'loaded' && list.value.length > 0 ? (
          <ul class="card-list" aria-labelledby="terminal-list-heading">
            {list.value.map((terminal) => (
              <li key={terminal.id} class="card-item" aria-label={terminal.name}>
                <dl class="facts">
                  <div>
                    <dt>{t('terminals.name')}</dt>
                    <dd>{terminal.name}</dd>
                  </div>
                  <div>
                    <dt>{t('terminals.addedAt')}</dt>
                    <dd>{dateTime(terminal.createdAt)}</dd>
                  </div>
                  <div>
                    <dt>{t('terminals.lastContact')}</dt>
                    <dd>
                      {terminal.lastSeenAt === null ? (
                        t('terminals.neverSeen')
                      ) : (
                        <Moment iso={terminal.lastSeenAt} />
                      )}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('terminals.state')}</dt>
                    <dd>
                      {terminal.revoked ? (
                        <span class="badge badge--locked">{t('terminals.stateRevoked')}</span>
                      ) : (
                        t('terminals.stateActive')
                      )}
                    </dd>
                  </div>
                </dl>
                {terminal.revoked ? null : model.confirming.value === terminal.id ? (
                  <Confirmation
                    question={t('terminals.revokeQuestion', { name: terminal.name })}
                    confirmLabel={t('terminals.revokeConfirm')}
                    busyLabel={t('terminals.revoking')}
                    cancelLabel={t('terminals.keep')}
                    busy={model.revoking.value}
                    onConfirm={() => void model.confirmRevoke()}
                    onCancel={model.cancelRevoke}
                  >
                    {t('terminals.revokeConsequence')}
                  </Confirmation>
                ) : (
                  <div class="actions">
                    <button
                      type="button"
                      class="button"
                      aria-label={t('terminals.revokeLabel', { name: terminal.name })}
                      onClick={() => model.askRevoke(terminal.id)}
                    >
                      {t('terminals.revoke')}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </section>
  );
}
