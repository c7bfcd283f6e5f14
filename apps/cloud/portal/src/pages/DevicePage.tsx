import type { PortalUser } from '@cardenroll/contract';
import { useEffect, useMemo } from 'preact/hooks';
import { CodeEntry } from '../components/CodeEntry';
import { CodeOutcome } from '../components/CodeOutcome';
import { FailureNotice } from '../components/FailureNotice';
import { PageHeading } from '../components/PageHeading';
import {
  createDeviceModel,
  type DeviceModel,
  type DeviceOutcome,
  type DeviceState,
  formatDeviceCode,
} from '../device/device-model';
import { useLanguage } from '../i18n/language-context';
import { usePortal } from '../portal-context';

function Question({
  model,
  state,
  user,
}: {
  readonly model: DeviceModel;
  readonly state: DeviceState & { step: 'question' };
  readonly user: PortalUser;
}) {
  const { t, time } = useLanguage();
  const { grant, answering, failure } = state;
  return (
    <>
      {failure ? <FailureNotice failure={failure} /> : null}
      {answering ? (
        <p role="status" class="visually-hidden">
          {answering === 'approve' ? t('device.approving') : t('device.denying')}
        </p>
      ) : null}
      <fieldset class="handover">
        <legend class="handover__question">
          {t('device.question', { client: grant.clientName, name: user.displayName })}
        </legend>
        <p>
          <strong>{t('device.checkCode', { code: grant.userCode })}</strong>
        </p>
        <p class="muted">
          {t('device.asked', { time: time(grant.requestedAt), expires: time(grant.expiresAt) })}
        </p>
        <div class="actions actions--stacked">
          <button
            type="button"
            class="button button--primary button--wide"
            disabled={answering !== undefined}
            onClick={() => void model.approve()}
          >
            {answering === 'approve' ? t('device.approving') : t('device.approve')}
          </button>
          <button
            type="button"
            class="button button--wide"
            disabled={answering !== undefined}
            onClick={() => void model.deny()}
          >
            {answering === 'deny' ? t('device.denying') : t('device.deny')}
          </button>
        </div>
      </fieldset>
    </>
  );
}

const outcomeKeys = {
  approved: { title: 'device.done.approved.title', body: 'device.done.approved.body' },
  denied: { title: 'device.done.denied.title', body: 'device.done.denied.body' },
  expired: { title: 'device.done.expired.title', body: 'device.done.expired.body' },
} as const satisfies Record<DeviceOutcome, { title: string; body: string }>;

function Outcome({ model, outcome }: { readonly model: DeviceModel; readonly outcome: DeviceOutcome }) {
  const { t } = useLanguage();
  return (
    <CodeOutcome
      kind="device"
      good={outcome !== 'expired'}
      title={t(outcomeKeys[outcome].title)}
      body={t(outcomeKeys[outcome].body)}
      onAnotherCode={outcome === 'expired' ? model.startOver : undefined}
    />
  );
}

/** Connect a desktop client: approve (or deny) the `login` waiting with the code it shows. */
export function DevicePage({
  user,
  code,
}: {
  readonly user: PortalUser;
  readonly code?: string | undefined;
}) {
  const { t } = useLanguage();
  const { client } = usePortal();
  const model = useMemo(() => createDeviceModel(client), [client]);
  useEffect(() => {
    if (code !== undefined) void model.open(code);
  }, [model, code]);
  const state = model.state.value;
  return (
    <section class="page page--narrow page--link" aria-labelledby="page-heading">
      <PageHeading title={t('device.title')} />
      {state.step === 'enterCode' ? (
        <CodeEntry
          kind="device"
          value={state.input}
          problem={state.problem}
          onInput={model.setInput}
          onSubmit={() => void model.submitCode()}
        />
      ) : null}
      {state.step === 'loading' ? (
        <p role="status">{t('device.loading', { code: formatDeviceCode(state.code) })}</p>
      ) : null}
      {state.step === 'question' ? <Question model={model} state={state} user={user} /> : null}
      {state.step === 'failed' ? (
        <>
          <FailureNotice failure={state.failure} onRetry={() => void model.retry()} />
          <div class="actions">
            <button type="button" class="button" onClick={model.startOver}>
              {t('device.anotherCode')}
            </button>
          </div>
        </>
      ) : null}
      {state.step === 'done' ? <Outcome model={model} outcome={state.outcome} /> : null}
    </section>
  );
}
