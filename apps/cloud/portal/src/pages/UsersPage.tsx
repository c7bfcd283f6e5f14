import { useEffect, useMemo } from 'preact/hooks';
import { FailureNotice } from '../components/FailureNotice';
import { PageHeading } from '../components/PageHeading';
import { RouteLink } from '../components/RouteLink';
import { useLanguage } from '../i18n/language-context';
import { usePortal } from '../portal-context';
import { isLocked } from '../users/lock-state';
import { NewUserForm } from '../users/NewUserForm';
import { createNewUserModel } from '../users/new-user-model';
import { createUsersModel } from '../users/users-model';

/** Users (administrators): search by username or display name, then open a user's cards. */
export function UsersPage() {
  const language = useLanguage();
  const { t, plural, dateTime } = language;
  const { client } = usePortal();
  const model = useMemo(() => createUsersModel(client), [client]);
  const newUser = useMemo(() => createNewUserModel(client), [client]);
  useEffect(() => {
    void model.search();
    return () => newUser.clear();
  }, [model, newUser]);
  const users = model.users.value;

  return (
    <section class="page" aria-labelledby="page-heading">
      <PageHeading title={t('users.title')} />
      <details class="panel">
        <summary class="summary">{t('newUser.title')}</summary>
        <NewUserForm model={newUser} />
      </details>
      <search>
        <form
          class="search"
          onSubmit={(event) => {
            event.preventDefault();
            void model.search();
          }}
        >
          <label for="user-search">{t('users.search')}</label>
          <div class="search__row">
            <input
              id="user-search"
              type="search"
              autoComplete="off"
              spellcheck={false}
              value={model.query.value}
              onInput={(event) => model.setQuery(event.currentTarget.value)}
            />
            <button type="submit" class="button button--primary">
              {t('users.searchButton')}
            </button>
          </div>
        </form>
      </search>
      {users.status === 'loading' ? <p role="status">{t('users.loading')}</p> : null}
      {users.status === 'failed' ? (
        <FailureNotice failure={users.failure} onRetry={() => void model.search()} />
      ) : null}
      {users.status === 'loaded' ? (
        <>
          <p role="status" class="muted">
            {model.searched.value === ''
              ? plural('users.count', users.value.length)
              : plural('users.countFor', users.value.length, { query: model.searched.value })}
          </p>
          {users.value.length > 0 ? (
            <div class="table-wrap">
              <table class="table">
                <caption class="visually-hidden">{t('users.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('users.username')}</th>
                    <th scope="col">{t('users.displayName')}</th>
                    <th scope="col">{t('users.cards')}</th>
                    <th scope="col">{t('users.state')}</th>
                  </tr>
                </thead>
                <tbody>
                  {users.value.map((user) => (
                    <tr key={user.id}>
                      <th scope="row" data-label={t('users.username')}>
                        <RouteLink to={{ page: 'user', userId: user.id }}>{user.username}</RouteLink>
                      </th>
                      <td data-label={t('users.displayName')}>{user.displayName}</td>
                      <td data-label={t('users.cards')}>{user.cardCount}</td>
                      <td data-label={t('users.state')}>
                        {isLocked(user.lockedUntil) ? (
                          <span class="badge badge--locked">
                            {t('users.lockedUntil', { time: dateTime(user.lockedUntil) })}
                          </span>
                        ) : user.disabled ? (
                          <span class="badge badge--locked">{t('users.disabled')}</span>
                        ) : (
                          t('users.active')
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
