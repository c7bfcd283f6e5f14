import type { ProviderProbe, ProviderView } from '@cardenroll/contract';
import { useEffect, useMemo } from 'preact/hooks';
import { FailureNotice } from '../components/FailureNotice';
import { Notice } from '../components/Notice';
import { PageHeading } from '../components/PageHeading';
import { useLanguage } from '../i18n/language-context';
import type { PortalLanguage } from '../i18n/translate';
import { usePortal } from '../portal-context';
import { createProvidersModel, type ProvidersModel } from '../providers/providers-model';

const knownKinds = ['local', 'ldap', 'oidc'] as const;

function kindText(kind: string, { t }: PortalLanguage): string {
  return (knownKinds as readonly string[]).includes(kind)
    ? t(`providers.kind.${kind as (typeof knownKinds)[number]}`)
    : kind;
}

/** What a Test found, in words: reachable and how fast, then what the lookup says. */
function probeText(probe: ProviderProbe, { t, plural }: PortalLanguage): string[] {
  if (!probe.reachable) return [t('providers.unreachable', { trouble: probe.trouble })];
  const lines = [t('providers.reachable', { ms: Math.round(probe.reachedInMs) })];
  const { lookup } = probe;
  if (lookup?.kind === 'found') {
    lines.push(t('providers.found', { name: lookup.displayName, username: lookup.username }));
    if (lookup.email !== null) lines.push(t('providers.foundEmail', { email: lookup.email }));
    lines.push(plural('providers.cards', lookup.cards));
  } else if (lookup?.kind === 'not_found') lines.push(t('providers.notFound'));
  else if (lookup?.kind === 'not_this_provider') lines.push(t('providers.notThisProvider'));
  return lines;
}

function ProviderItem({
  provider,
  model,
}: {
  readonly provider: ProviderView;
  readonly model: ProvidersModel;
}) {
  const language = useLanguage();
  const { t } = language;
  const test = model.tests.value[provider.id] ?? { username: '', running: false, outcome: null };
  const field = `provider-test-${provider.id}`;
  return (
    <li class="provider">
      <h2 class="provider__name">{provider.name}</h2>
      <dl class="facts">
        <div>
          <dt>{t('providers.kind')}</dt>
          <dd>{kindText(provider.kind, language)}</dd>
        </div>
        <div>
          <dt>{t('providers.id')}</dt>
          <dd class="mono">{provider.id}</dd>
        </div>
        {provider.server !== null ? (
          <div>
            <dt>{t('providers.server')}</dt>
            <dd class="mono">{provider.server}</dd>
          </div>
        ) : null}
      </dl>
      {provider.listed ? null : <p class="muted">{t('providers.implicitLocal')}</p>}
      <form
        class="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void model.test(provider.id);
        }}
      >
        <div class="field">
          <label for={field}>{t('providers.testUsername')}</label>
          <div class="search__row">
            <input
              id={field}
              type="text"
              autoComplete="off"
              autoCapitalize="none"
              spellcheck={false}
              maxLength={256}
              value={test.username}
              onInput={(event) => model.setUsername(provider.id, event.currentTarget.value)}
            />
            <button type="submit" class="button" disabled={test.running}>
              {test.running ? t('providers.testing') : t('providers.test')}
            </button>
          </div>
        </div>
      </form>
      {test.outcome?.ok === false ? <FailureNotice failure={test.outcome.failure} /> : null}
      {test.outcome?.ok === true ? (
        <Notice tone={test.outcome.value.reachable ? 'status' : 'alert'}>
          {probeText(test.outcome.value, language).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </Notice>
      ) : null}
    </li>
  );
}

/**
 * Sign-in providers (administrators): the service's config file's list, in the order tried, read-only,
 * with a Test per provider that says whether it answers and what it knows of a username. No password is
 * asked for, and no secret or card number is ever shown.
 */
export function ProvidersPage() {
  const { t } = useLanguage();
  const { client } = usePortal();
  const model = useMemo(() => createProvidersModel(client), [client]);
  useEffect(() => void model.load(), [model]);
  const list = model.list.value;
  return (
    <section class="page page--wide" aria-labelledby="page-heading">
      <PageHeading title={t('providers.title')} />
      <p>{t('providers.intro')}</p>
      {list.status === 'loading' ? <p role="status">{t('providers.loading')}</p> : null}
      {list.status === 'failed' ? (
        <FailureNotice failure={list.failure} onRetry={() => void model.load()} />
      ) : null}
      {list.status === 'loaded' ? (
        <ol class="providers" aria-label={t('providers.title')}>
          {list.value.providers.map((provider) => (
            <ProviderItem key={provider.id} provider={provider} model={model} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}
