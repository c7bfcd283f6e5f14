import type { CatalogOf } from './catalog';

/** French, in the panel's words (carte, enregistrer, code à usage unique) and its vous. */
export const fr = {
  'app.name': 'Portail des cartes',
  'app.documentTitle': '{page} · Portail des cartes',
  'app.checking': 'Vérification de votre connexion…',

  'nav.label': 'Portail',
  'nav.skip': 'Aller au contenu',
  'nav.profile': 'Mon profil',
  'nav.users': 'Utilisateurs',
  'nav.audit': 'Journal d’audit',
  'nav.signOut': 'Se déconnecter',

  'common.retry': 'Réessayer',

  'language.label': 'Langue',
  'language.unavailable': 'Impossible de charger {language}. Vérifiez votre connexion, puis réessayez.',

  'failure.not_signed_in': 'Votre session a pris fin. Reconnectez-vous.',
  'failure.invalid_credentials': 'Nom d’utilisateur ou mot de passe incorrect.',
  'failure.attemptsLeft.one': '{count} tentative restante avant le blocage du compte.',
  'failure.attemptsLeft.many': '{count} de tentatives restantes avant le blocage du compte.',
  'failure.attemptsLeft.other': '{count} tentatives restantes avant le blocage du compte.',
  'failure.account_locked':
    'Ce compte est bloqué après trop de mots de passe erronés. Réessayez plus tard ou contactez un administrateur.',
  'failure.account_lockedUntil':
    'Ce compte est bloqué jusqu’à {time} après trop de mots de passe erronés. Réessayez à ce moment-là ou contactez un administrateur.',
  'failure.csrf_rejected':
    'Le service de cartes a refusé cette demande venant d’une page trop ancienne. Rechargez la page, puis réessayez.',
  'failure.forbidden': 'Seuls les administrateurs peuvent faire cela.',
  'failure.not_found': 'Cet élément n’existe plus. Il a peut-être été supprimé entre-temps.',
  'failure.card_already_assigned': 'Cette carte est déjà enregistrée au nom d’un autre utilisateur.',
  'failure.card_limit_reached':
    'Le nombre maximal de cartes autorisé est déjà enregistré. Retirez d’abord une carte.',
  'failure.invalid_card_number': 'Le service de cartes n’accepte pas ce numéro de carte.',
  'failure.invalid_request':
    'Le service de cartes n’a pas pu traiter cette demande. Rechargez la page et réessayez.',
  'failure.handover_expired': 'Ce code a expiré. Recommencez à l’imprimante.',
  'failure.too_many_attempts': "Trop d'échecs depuis cet endroit. Patientez un moment, puis réessayez.",
  'failure.weak_password':
    'Ce mot de passe est trop faible : au moins 12 caractères, et pas un mot de passe courant.',
  'failure.wrong_password': 'Le mot de passe actuel est incorrect.',
  'failure.conflict': 'Impossible : le nom est déjà pris, ou il ne resterait aucun administrateur.',
  'failure.unreachable': 'Le service de cartes n’a pas répondu. Vérifiez votre connexion, puis réessayez.',
  'failure.server':
    'Le service de cartes a rencontré un problème (erreur {status}). Réessayez dans un instant.',
  'failure.malformed_response':
    'Le service de cartes a envoyé une réponse que cette page ne sait pas lire. Rechargez la page et réessayez.',
  'failure.unexpected': 'Un problème est survenu sur cette page. Rechargez la page et réessayez.',

  'crash.title': 'Cette page ne fonctionne plus',
  'crash.body': 'Un problème est survenu lors de l’affichage de cette page. Rien n’a été modifié.',
  'crash.home': 'Aller à Mon profil',

  'signIn.title': 'Connexion',
  'signIn.username': 'Nom d’utilisateur',
  'signIn.password': 'Mot de passe',
  'signIn.submit': 'Se connecter',
  'signIn.submitting': 'Connexion…',
  'signIn.missing': 'Saisissez votre nom d’utilisateur et votre mot de passe.',
  'signIn.reload':
    'Le service de cartes n’a pas accepté cette connexion. Rechargez la page, puis reconnectez-vous.',
  'signIn.unreachable':
    'Le service de cartes n’a pas répondu. Vérifiez votre connexion, puis reconnectez-vous.',
  'signIn.ended': 'Votre session a pris fin. Reconnectez-vous pour continuer.',
  'signIn.withProvider': 'Se connecter avec {provider}',
  'signIn.orPassword': 'Ou connectez-vous avec votre nom d’utilisateur et votre mot de passe.',
  'signIn.problem.sign_in_not_found':
    'Cette connexion n’a pas pu aboutir : elle a déjà servi ou a commencé dans un autre navigateur. Reconnectez-vous.',
  'signIn.problem.sign_in_expired': 'La connexion a pris plus de 10 minutes. Reconnectez-vous.',
  'signIn.problem.no_identity':
    'La connexion de votre organisation n’a pas indiqué qui vous êtes. Demandez à un administrateur de vérifier ses réglages.',
  'signIn.problem.unknown_identity':
    'Vous vous êtes connecté auprès de votre organisation, mais le service de cartes n’a pas de compte pour vous. Contactez un administrateur.',
  'signIn.problem.account_disabled': 'Ce compte est désactivé. Contactez un administrateur.',
  'signIn.problem.provider_unreachable':
    'La connexion de votre organisation est injoignable pour le moment. Réessayez dans un instant.',
  'signIn.problem.provider_refused':
    'La connexion de votre organisation ne vous a pas admis, ou elle a été annulée. Reconnectez-vous.',
  'signIn.signedOut': 'Vous êtes déconnecté.',
  'signIn.signOutUnconfirmed':
    'Vous êtes déconnecté sur cette page, mais le service de cartes ne l’a pas confirmé. Fermez le navigateur pour en être sûr.',

  'profile.title': 'Mon profil',
  'profile.signedInAs': 'Connecté en tant que {name} ({username}).',
  'profile.cards': 'Cartes',
  'profile.noCards':
    'Vous n’avez encore aucune carte. Approchez un badge non enregistré du lecteur de cartes d’une imprimante pour l’enregistrer.',
  'profile.removeConsequence': 'Elle ne vous connectera plus aux imprimantes.',
  'profile.storageNote':
    'Les cartes enregistrées sur une imprimante ou ici sont conservées par ce service de cartes ; si l’annuaire de votre organisation fournit des numéros de carte, elles n’y sont pas réécrites.',

  'cards.loading': 'Chargement des cartes…',
  'cards.number': 'Carte',
  'cards.source': 'Origine',
  'cards.source.panel': 'Enregistrement sur l’imprimante',
  'cards.source.portal': 'Ajoutée dans le portail',
  'cards.source.directory': 'Importée de l’annuaire',
  'cards.enrolledAt': 'Enregistrée le',
  'cards.terminal': 'Terminal',
  'cards.noTerminal': '—',
  'cards.remove': 'Retirer',
  'cards.removeLabel': 'Retirer la carte {card}',
  'cards.removeQuestion': 'Retirer la carte {card} ?',
  'cards.removeConfirm': 'Retirer la carte',
  'cards.removing': 'Retrait…',
  'cards.keep': 'Garder la carte',
  'cards.removed': 'Carte {card} retirée.',
  'cards.removeFailed': 'La carte {card} n’a pas été retirée.',

  'otp.title': 'Code à usage unique',
  'otp.introSelf':
    'Utilisez-le à la place de votre mot de passe pour enregistrer une carte sur une imprimante, par exemple si vous n’avez pas de mot de passe à vous.',
  'otp.introUser':
    'Pour un utilisateur qui ne peut pas utiliser de mot de passe sur l’imprimante. Remettez-le-lui en personne ou par e-mail.',
  'otp.generate': 'Générer un code à usage unique',
  'otp.emailPreview': 'Aperçu de l’e-mail',
  'otp.issuing': 'Génération d’un code à usage unique…',
  'otp.label': 'Nouveau code à usage unique',
  'otp.validUntil': 'Valable jusqu’à {time}.',
  'otp.once':
    'Il ne sert qu’une fois et n’est affiché que maintenant : notez-le ou copiez-le. Un nouveau code le remplace.',
  'otp.copy': 'Copier',
  'otp.copied': 'Copié.',
  'otp.copyFailed': 'Ce navigateur n’a pas autorisé la copie. Sélectionnez le code et copiez-le à la main.',
  'otp.hide': 'Masquer',

  'email.title': 'Aperçu de l’e-mail',
  'email.notSent': 'Ce service n’envoie pas d’e-mails : voici ce que dirait l’e-mail.',
  'email.to': 'À',
  'email.subject': 'Objet',
  'email.text': 'Texte',

  'users.title': 'Utilisateurs',
  'users.search': 'Rechercher par nom d’utilisateur ou nom affiché',
  'users.searchButton': 'Rechercher',
  'users.loading': 'Chargement des utilisateurs…',
  'users.count.one': '{count} utilisateur.',
  'users.count.many': '{count} d’utilisateurs.',
  'users.count.other': '{count} utilisateurs.',
  'users.countFor.one': '{count} utilisateur correspond à « {query} ».',
  'users.countFor.many': '{count} d’utilisateurs correspondent à « {query} ».',
  'users.countFor.other': '{count} utilisateurs correspondent à « {query} ».',
  'users.caption': 'Utilisateurs',
  'users.username': 'Nom d’utilisateur',
  'users.displayName': 'Nom affiché',
  'users.cards': 'Cartes',
  'users.state': 'Compte',
  'users.active': 'Actif',
  'users.lockedUntil': 'Bloqué jusqu’à {time}',

  'user.titleLoading': 'Utilisateur',
  'user.title': 'Cartes de {name}',
  'user.back': '← Tous les utilisateurs',
  'user.loading': 'Chargement de l’utilisateur…',
  'user.notFound': 'Cet utilisateur n’existe pas. Il a peut-être été supprimé de l’annuaire.',
  'user.username': 'Nom d’utilisateur',
  'user.email': 'E-mail',
  'user.noEmail': 'aucun',
  'user.account': 'Compte',
  'user.unlock': 'Débloquer',
  'user.unlocking': 'Déblocage…',
  'user.unlocked': 'Compte débloqué. L’utilisateur peut de nouveau se connecter.',
  'user.cards': 'Cartes',
  'user.noCards': 'Aucune carte n’est enregistrée au nom de cet utilisateur.',
  'user.removeConsequence': 'Elle ne connectera plus {name} aux imprimantes.',

  'addCard.label': 'Numéro de carte',
  'addCard.hint':
    'Tel que le service de cartes l’enregistre : les chiffres 0 à 9 et les lettres A à F, {max} caractères au plus.',
  'addCard.submit': 'Ajouter la carte',
  'addCard.adding': 'Ajout…',
  'addCard.empty': 'Saisissez le numéro de carte.',
  'addCard.notHex':
    'Un numéro de carte ne contient que les chiffres 0 à 9 et les lettres A à F (ni espaces ni autres signes).',
  'addCard.tooLong': 'Un numéro de carte compte au plus {max} caractères.',
  'addCard.alreadyAssigned':
    'Cette carte est déjà enregistrée au nom d’un autre utilisateur. Retirez-la d’abord chez lui si elle appartient désormais à cet utilisateur.',
  'addCard.limitReached':
    'Cet utilisateur a déjà le nombre maximal de cartes autorisé. Retirez d’abord l’une de ses cartes.',
  'addCard.invalid': 'Le service de cartes n’accepte pas ce numéro de carte. Vérifiez-le et réessayez.',
  'addCard.added': 'Carte {card} ajoutée.',

  'audit.title': 'Journal d’audit',
  'audit.loading': 'Chargement des événements…',
  'audit.empty': 'Aucun événement pour l’instant.',
  'audit.caption': 'Événements d’audit, les plus récents d’abord',
  'audit.pageOf': 'Page {page}, les plus récents d’abord.',
  'audit.paging': 'Pages du journal d’audit',
  'audit.newer': 'Plus récents',
  'audit.older': 'Plus anciens',
  'audit.when': 'Quand',
  'audit.what': 'Quoi',
  'audit.who': 'Qui',
  'audit.forWhom': 'Pour qui',
  'audit.terminal': 'Terminal',
  'audit.detail': 'Détail',
  'audit.none': '—',
  'audit.kind.card_enrolled': 'Carte enregistrée sur une imprimante',
  'audit.kind.card_added': 'Carte ajoutée dans le portail',
  'audit.kind.card_removed': 'Carte retirée',
  'audit.kind.card_replaced': 'Carte remplacée',
  'audit.kind.card_imported': 'Carte importée de l’annuaire',
  'audit.kind.enroll_failed': 'Échec de l’enregistrement',
  'audit.kind.account_locked': 'Compte bloqué',
  'audit.kind.account_unlocked': 'Compte débloqué',
  'audit.kind.otp_issued': 'Code à usage unique émis',
  'audit.kind.portal_login': 'Connexion au portail',
  'audit.kind.handover_confirmed': 'Carte associée depuis un téléphone',
  'audit.kind.portal_login_failed': 'Connexion au portail refusée',
  'audit.kind.terminal_key_refused': 'Clé de terminal refusée',
  'audit.kind.user_created': 'Compte créé',
  'audit.kind.user_updated': 'Compte modifié',
  'audit.kind.user_disabled': 'Compte désactivé',
  'audit.kind.user_enabled': 'Compte réactivé',
  'audit.kind.user_deleted': 'Compte supprimé',
  'audit.kind.password_changed': 'Mot de passe changé par son titulaire',
  'audit.kind.password_set': 'Mot de passe défini par un administrateur',
  'audit.kind.sessions_ended': 'Déconnecté partout',
  'audit.kind.terminal_added': 'Terminal ajouté',
  'audit.kind.terminal_revoked': 'Terminal révoqué',

  'link.title': 'Associer une carte',
  'link.signInPurpose': 'Connectez-vous pour enregistrer à votre nom la carte qui attend sur l’imprimante.',
  'link.codeIntro': 'L’imprimante affiche un code court à côté de son code QR.',
  'link.codeLabel': 'Code affiché sur l’imprimante',
  'link.codeHint': '6 caractères, par exemple K7P-3QX. Le tiret et les majuscules ne comptent pas.',
  'link.continue': 'Continuer',
  'link.invalidCode':
    'Ce n’est pas un code de l’imprimante. Les codes comptent 6 lettres et chiffres, par exemple K7P-3QX.',
  'link.unknownCode':
    'Aucune imprimante n’attend ce code. Vérifiez le code sur l’imprimante et saisissez-le de nouveau.',
  'link.loading': 'Recherche du code {code}…',
  'link.question': 'Enregistrer la carte {card} sur {terminal} au nom de {name} ?',
  'link.questionNoTerminal': 'Enregistrer la carte {card} au nom de {name} ?',
  'link.expiresAt': 'L’imprimante attend jusqu’à {time}.',
  'link.confirm': 'Confirmer',
  'link.confirming': 'Enregistrement de la carte…',
  'link.deny': 'Refuser',
  'link.denying': 'Information de l’imprimante…',
  'link.anotherCode': 'Saisir un autre code',
  'link.toProfile': 'Aller à Mon profil',
  'link.done.confirmed.title': 'Carte enregistrée',
  'link.done.confirmed.body':
    'Retournez à l’imprimante : elle vous connecte. Désormais, il suffit de passer la carte.',
  'link.done.denied.title': 'Carte non enregistrée',
  'link.done.denied.body':
    'Vous avez refusé : l’imprimante n’attend plus. S’il s’agit d’une erreur, recommencez à l’imprimante.',
  'link.done.expired.title': 'Ce code a expiré',
  'link.done.expired.body':
    'Un code est valable 5 minutes. Passez de nouveau la carte sur l’imprimante pour en obtenir un nouveau.',
  'link.done.taken.title': 'Cette carte appartient à quelqu’un d’autre',
  'link.done.taken.body':
    'La carte est enregistrée au nom d’un autre utilisateur ; elle n’a donc pas été enregistrée à votre nom. Si c’est votre carte, contactez un administrateur.',
  'link.done.limit.title': 'Vous avez le nombre maximal de cartes autorisé',
  'link.done.limit.body': 'Retirez une carte dans Mon profil, puis recommencez à l’imprimante.',

  'notFound.title': 'Page introuvable',
  'notFound.body': 'Il n’y a pas de page à cette adresse.',
  'forbidden.title': 'Réservé aux administrateurs',
  'forbidden.body':
    'Cette page est réservée aux administrateurs. Votre compte peut voir ses propres cartes dans Mon profil.',
} as const satisfies CatalogOf<'fr'>;
