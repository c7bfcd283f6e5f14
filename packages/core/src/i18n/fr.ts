import type { Catalog } from './en';

/**
 * French. Before : ; ? and ! French sets a no-break space (U+00A0), so the mark never wraps onto a
 * line of its own on a narrow panel.
 */
export const fr: Catalog = {
  'language.name': 'Français',
  'idle.title': 'Passez votre carte',
  'idle.hint': 'Approchez votre badge du lecteur de cartes pour vous connecter.',
  'busy.identifying': 'Vérification de la carte…',
  'busy.submitting': 'Enregistrement de la carte…',
  'busy.cancel': 'Annuler',
  'prompt.title': 'Cette carte n’est pas enregistrée',
  'prompt.body': 'Associez-la une fois à votre compte. Ensuite, il suffira de la passer pour vous connecter.',
  'prompt.card': 'Carte {card}',
  'prompt.enroll': 'Enregistrement',
  'prompt.cancel': 'Annuler',
  'credentials.title': 'Enregistrer la carte',
  'credentials.intro': 'Saisissez les identifiants de votre compte pour enregistrer la carte {card}.',
  'credentials.username': 'Nom d’utilisateur',
  'credentials.password': 'Mot de passe',
  'credentials.passwordOrOtp': 'Mot de passe ou code à usage unique',
  'credentials.otpHint':
    'Un code à usage unique reçu par e-mail ou obtenu sur le portail web fonctionne aussi.',
  'credentials.clientAuthHint':
    'Connectez-vous au client de bureau pour obtenir un code à usage unique, puis saisissez-le ici.',
  'credentials.submit': 'Enregistrer la carte',
  'credentials.cancel': 'Annuler',
  'credentials.invalid': 'Nom d’utilisateur ou mot de passe incorrect. Veuillez réessayer.',
  'credentials.attemptsLeft': 'Tentatives restantes avant le blocage du compte : {count}.',
  'credentials.tooManyAttempts': 'Trop de tentatives. Patientez un instant, puis réessayez.',
  'credentials.tooManyAttemptsFor': 'Trop de tentatives. Patientez {seconds} s, puis réessayez.',
  'credentials.unreachable':
    'Le service de cartes n’a pas répondu, la carte n’est donc pas encore enregistrée. Appuyez sur Enregistrer la carte pour réessayer.',
  'signedIn.title': 'Connecté en tant que {name}',
  'signedIn.enrolled': 'Votre carte est enregistrée. La prochaine fois, passez-la simplement.',
  'signedIn.welcome': 'Bienvenue.',
  'signedIn.logOut': 'Se déconnecter',
  'problem.unreadable_card.title': 'Carte illisible',
  'problem.unreadable_card.body':
    'Passez de nouveau la carte, lentement. Si le problème persiste, demandez à votre administrateur de vérifier le lecteur de cartes.',
  'problem.tenant_unreachable.title': 'Service de cartes indisponible',
  'problem.tenant_unreachable.body':
    'L’imprimante n’a pas pu joindre le service de cartes. Réessayez dans un instant.',
  'problem.account_locked.title': 'Compte bloqué',
  'problem.account_locked.body':
    'Trop de mots de passe erronés. Réessayez plus tard ou contactez votre administrateur.',
  'problem.account_locked.until':
    'Trop de mots de passe erronés. Réessayez après {time} ou contactez votre administrateur.',
  'problem.card_already_assigned.title': 'Carte déjà enregistrée',
  'problem.card_already_assigned.body':
    'Cette carte est enregistrée au nom d’un autre utilisateur. Si elle vous appartient, contactez votre administrateur.',
  'problem.enrollment_disabled.title': 'Enregistrement des cartes désactivé',
  'problem.enrollment_disabled.body':
    'Cette carte n’est pas enregistrée, et l’enregistrement des cartes sur l’imprimante est désactivé. Contactez votre administrateur.',
  'problem.enrollment_expired.title': 'Délai d’enregistrement dépassé',
  'problem.enrollment_expired.body':
    'L’enregistrement a pris trop de temps. Recommencez pour enregistrer votre carte.',
  'problem.terminal_rejected.title': 'Imprimante non configurée',
  'problem.terminal_rejected.body':
    'Le service de cartes a refusé cette imprimante. Demandez à votre administrateur de vérifier sa clé de terminal.',
  'problem.tenant_rejected.title': 'Demande refusée',
  'problem.tenant_rejected.body':
    'Le service de cartes n’a pas pu traiter la demande. Réessayez ou contactez votre administrateur.',
  'diagnostics.label': 'Vue installateur',
  'diagnostics.read': 'Le lecteur a envoyé {read} ({length} caractères)',
  'diagnostics.converted': 'Numéro de carte {card}',
  'diagnostics.failed': 'Non converti : {reason}',
  'config.title': 'Cette imprimante n’est pas encore configurée',
  'config.intro':
    'L’application de cartes ne peut pas démarrer, car son fichier de paramètres config.json pose problème :',
  'config.unreadable': 'Impossible de charger config.json ({detail}).',
  'config.notJson': 'config.json n’est pas un fichier JSON valide : {detail}.',
  'config.notObject': 'config.json doit contenir un seul objet de paramètres, entre accolades { }.',
  'config.missing': '{field} est manquant.',
  'config.wrongType': '{field} doit être {expected}.',
  'config.expected.text': 'du texte entre guillemets',
  'config.expected.yesNo': 'true ou false',
  'config.expected.number': 'un nombre',
  'config.expected.group': 'un groupe de paramètres entre accolades { }',
  'config.expected.list': 'une liste entre crochets [ ]',
  'config.notUrl': '{field} n’est pas une adresse web.',
  'config.notHttps':
    '{field} doit commencer par https://. Le simple http:// n’est autorisé que pour cette imprimante elle-même (localhost).',
  'config.outOfRange': '{field} doit être compris entre {min} et {max}.',
  'config.oneOf': '{field} doit prendre l’une de ces valeurs : {choices}.',
  'config.notSet':
    '{field} contient encore sa valeur d’exemple. Saisissez la valeur indiquée dans le portail.',
  'config.chain': '{field} contient une erreur au caractère {position} : {detail}',
  'config.unknownField': '{field} n’est pas un paramètre de cette application. Vérifiez l’orthographe.',
  'config.fix':
    'Un installateur peut corriger config.json dans le dossier de l’application sur l’imprimante (voir INSTALL.md), puis appuyer sur Recharger.',
  'config.retry': 'Recharger',
  'action.retry': 'Réessayer',
  'action.startAgain': 'Recommencer',
  'action.back': 'Retour',
  'action.ok': 'OK',
  'action.cancel': 'Annuler',
  'timeout.warning': 'Vous êtes toujours là ? Cet écran va bientôt se fermer.',
  'timeout.moreTime': 'Plus de temps',
};
