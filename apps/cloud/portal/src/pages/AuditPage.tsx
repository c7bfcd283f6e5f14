import { useEffect, useMemo } from 'preact/hooks';
import { auditKindText } from '../audit/audit-kind-text';
import { type AuditModel, createAuditModel } from '../audit/audit-model';
import { FailureNotice } from '../components/FailureNotice';
import { PageHeading } from '../components/PageHeading';
import { useLanguage } from '../i18n/language-context';
import { usePortal } from '../portal-context';

function Paging({ model }: { readonly model: AuditModel }) {
  const { t } = useLanguage();
  const loading = model.page.value.status === 'loading';
  return (
    <nav class="actions paging" aria-label={t('audit.paging')}>
      <button
        type="button"
        class="button"
        disabled={loading || !model.hasNewer.value}
        onClick={() => void model.newer()}
      >
        {t('audit.newer')}
      </button>
      <button
        type="button"
        class="button"
        disabled={loading || !model.hasOlder.value}
        onClick={() => void model.older()}
      >
        {t('audit.older')}
      </button>
    </nav>
  );
}

/** Audit log (administrators): what happened to cards and accounts, newest first. */
export function AuditPage() {
  const language = useLanguage();
  const { t, dateTime } = language;
  const { client } = usePortal();
  const model = useMemo(() => createAuditModel(client), [client]);
  useEffect(() => void model.load(), [model]);
  const page = model.page.value;
  const none = t('audit.none');

  return (
    <section class="page page--wide" aria-labelledby="page-heading">
      <PageHeading title={t('audit.title')} />
      {page.status === 'loading' ? <p role="status">{t('audit.loading')}</p> : null}
      {page.status === 'failed' ? (
        <FailureNotice failure={page.failure} onRetry={() => void model.load()} />
      ) : null}
      {page.status === 'loaded' && page.value.events.length === 0 ? (
        <p class="muted">{t('audit.empty')}</p>
      ) : null}
      {page.status === 'loaded' && page.value.events.length > 0 ? (
        <>
          <p role="status" class="muted">
            {t('audit.pageOf', { page: model.pageNumber.value })}
          </p>
          <div class="table-wrap">
            <table class="table">
              <caption class="visually-hidden">{t('audit.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.when')}</th>
                  <th scope="col">{t('audit.what')}</th>
                  <th scope="col">{t('audit.who')}</th>
                  <th scope="col">{t('audit.forWhom')}</th>
                  <th scope="col">{t('audit.terminal')}</th>
                  <th scope="col">{t('audit.detail')}</th>
                </tr>
              </thead>
              <tbody>
                {page.value.events.map((event) => (
                  <tr key={event.id}>
                    <td data-label={t('audit.when')}>
                      <time dateTime={event.at}>{dateTime(event.at)}</time>
                    </td>
                    <th scope="row" data-label={t('audit.what')}>
                      {auditKindText(event.kind, language)}
                    </th>
                    <td data-label={t('audit.who')}>{event.actor ?? none}</td>
                    <td data-label={t('audit.forWhom')}>{event.subject ?? none}</td>
                    <td data-label={t('audit.terminal')}>{event.terminal?.name ?? none}</td>
                    <td data-label={t('audit.detail')}>{event.detail || none}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {page.status !== 'failed' ? <Paging model={model} /> : null}
    </section>
  );
}
