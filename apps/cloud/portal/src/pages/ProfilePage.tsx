import type { PortalUser } from '@cardenroll/contract';
import { useEffect, useMemo } from 'preact/hooks';
import { CardList } from '../cards/CardList';
import { createCardsModel } from '../cards/cards-model';
import { ClientsSection } from '../clients/ClientsSection';
import { createClientsModel, ownClients } from '../clients/clients-model';
import { PageHeading } from '../components/PageHeading';
import { useLanguage } from '../i18n/language-context';
import { OtpSection } from '../otp/OtpSection';
import { createOtpModel } from '../otp/otp-model';
import { usePortal } from '../portal-context';

/** My Profile: the signed-in person's cards, a one-time password for a printer, and their desktop clients. */
export function ProfilePage({ user }: { readonly user: PortalUser }) {
  const { t } = useLanguage();
  const { client } = usePortal();
  const cards = useMemo(
    () => createCardsModel({ load: () => client.myCards(), remove: (cardId) => client.removeMyCard(cardId) }),
    [client],
  );
  const otp = useMemo(() => createOtpModel(() => client.issueMyOtp()), [client]);
  const clients = useMemo(() => createClientsModel(ownClients(client)), [client]);
  useEffect(() => void cards.reload(), [cards]);
  useEffect(() => void clients.reload(), [clients]);

  return (
    <section class="page" aria-labelledby="page-heading">
      <PageHeading title={t('profile.title')} />
      <p class="muted">{t('profile.signedInAs', { name: user.displayName, username: user.username })}</p>
      <section class="panel" aria-labelledby="cards-heading">
        <h2 id="cards-heading">{t('profile.cards')}</h2>
        <CardList
          model={cards}
          emptyText={t('profile.noCards')}
          removeConsequence={t('profile.removeConsequence')}
          labelledBy="cards-heading"
          onRetry={() => void cards.reload()}
        />
        <p class="muted small">{t('profile.storageNote')}</p>
      </section>
      <OtpSection model={otp} audience="self" />
      <ClientsSection model={clients} />
    </section>
  );
}
