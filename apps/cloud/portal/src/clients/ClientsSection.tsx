import { FailureNotice } from '../components/FailureNotice';
import { Notice } from '../components/Notice';
import { useLanguage } from '../i18n/language-context';
import type { ClientsModel } from './clients-model';

/**
 * The desktop clients signed in as a person, each with Sign out (docs/desktop-client.md): in My Profile
 * (`of` absent), or an administrator's view of user `of`.
 */
export function ClientsSection({ model, of }: { readonly model: ClientsModel; readonly of?: string }) {
  const { t, dateTime } = useLanguage();
  const list = model.list.value;
  const action = model.action.value;
  return (
    <section class="panel" aria-labelledby="clients-heading">
      <h2 id="clients-heading">{t('clients.title')}</h2>
      <p class="muted">{of === undefined ? t('clients.intro') : t('clients.introOfUser', { name: of })}</p>
      {action.kind === 'signedOut' ? <Notice tone="status">{t('clients.signedOut')}</Notice> : null}
      {action.kind === 'failed' ? <FailureNotice failure={action.failure} /> : null}
      {/* Not a live region: the page's own data is what a screen reader waits for. */}
      {list.status === 'loading' ? <p class="muted">{t('clients.loading')}</p> : null}
      {list.status === 'failed' ? (
        <FailureNotice failure={list.failure} onRetry={() => void model.reload()} />
      ) : null}
      {list.status === 'loaded' && list.value.length === 0 ? (
        <p>{of === undefined ? t('clients.none') : t('clients.noneOfUser', { name: of })}</p>
      ) : null}
      {list.status === 'loaded' && list.value.length > 0 ? (
        <ul class="card-list" aria-labelledby="clients-heading">
          {list.value.map((client) => {
            const connected = dateTime(client.connectedAt);
            const busy = action.kind === 'signingOut' && action.id === client.id;
            return (
              <li key={client.id} class="card-item">
                <span>
                  {t('clients.item', {
                    client: client.clientName,
                    connected,
                    used: dateTime(client.lastUsedAt),
                  })}
                </span>
                <div class="actions">
                  <button
                    type="button"
                    class="button"
                    aria-label={t('clients.signOutLabel', { connected })}
                    disabled={action.kind === 'signingOut'}
                    onClick={() => void model.signOut(client.id)}
                  >
                    {busy ? t('clients.signingOut') : t('clients.signOut')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
