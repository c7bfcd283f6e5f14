import { PageHeading } from '../components/PageHeading';
import { RouteLink } from '../components/RouteLink';
import { useLanguage } from '../i18n/language-context';

/** A portal address that is no page, or an administrators' page opened by someone who is not one. */
export function NotFoundPage({ reason }: { readonly reason: 'notFound' | 'forbidden' }) {
  const { t } = useLanguage();
  return (
    <section class="page" aria-labelledby="page-heading">
      <PageHeading title={reason === 'forbidden' ? t('forbidden.title') : t('notFound.title')} />
      <p>{reason === 'forbidden' ? t('forbidden.body') : t('notFound.body')}</p>
      <p class="actions">
        <RouteLink to={{ page: 'profile' }} class="button">
          {t('nav.profile')}
        </RouteLink>
      </p>
    </section>
  );
}
