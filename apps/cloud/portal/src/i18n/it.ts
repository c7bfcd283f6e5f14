import type { CatalogOf } from './catalog';

/** Italian, in the panel's words (tessera, registrare, codice monouso) and its formal Lei. */
export const it = {
  'app.name': 'Portale tessere',
  'app.documentTitle': '{page} · Portale tessere',
  'app.checking': 'Verifica dell’accesso in corso…',

  'nav.label': 'Portale',
  'nav.skip': 'Vai al contenuto',
  'nav.profile': 'Il mio profilo',
  'nav.users': 'Utenti',
  'nav.audit': 'Registro di audit',
  'nav.signOut': 'Esci',

  'common.retry': 'Riprova',

  'language.label': 'Lingua',
  'language.unavailable': 'Impossibile caricare {language}. Controlli la connessione e riprovi.',

  'failure.not_signed_in': 'La sessione è terminata. Acceda di nuovo.',
  'failure.invalid_credentials': 'Nome utente o password errati.',
  'failure.attemptsLeft.one': 'Resta 1 tentativo prima del blocco dell’account.',
  'failure.attemptsLeft.many': 'Restano {count} di tentativi prima del blocco dell’account.',
  'failure.attemptsLeft.other': 'Restano {count} tentativi prima del blocco dell’account.',
  'failure.account_locked':
    'Questo account è bloccato dopo troppe password errate. Riprovi più tardi o si rivolga a un amministratore.',
  'failure.account_lockedUntil':
    'Questo account è bloccato fino a {time} dopo troppe password errate. Riprovi allora o si rivolga a un amministratore.',
  'failure.csrf_rejected':
    'Il servizio tessere ha rifiutato questa richiesta proveniente da una pagina non aggiornata. Ricarichi la pagina e riprovi.',
  'failure.forbidden': 'Solo gli amministratori possono farlo.',
  'failure.not_found': 'Questo elemento non c’è più. Potrebbe essere stato rimosso nel frattempo.',
  'failure.card_already_assigned': 'Questa tessera è già registrata a un altro utente.',
  'failure.card_limit_reached':
    'È già registrato il numero massimo di tessere consentito. Rimuova prima una tessera.',
  'failure.invalid_card_number': 'Il servizio tessere non accetta questo numero di tessera.',
  'failure.invalid_request':
    'Il servizio tessere non è riuscito a elaborare questa richiesta. Ricarichi la pagina e riprovi.',
  'failure.handover_expired': 'Questo codice è scaduto. Ricominci dalla stampante.',
  'failure.unreachable': 'Il servizio tessere non ha risposto. Controlli la connessione e riprovi.',
  'failure.server': 'Il servizio tessere ha avuto un problema (errore {status}). Riprovi tra un momento.',
  'failure.malformed_response':
    'Il servizio tessere ha inviato una risposta che questa pagina non riesce a leggere. Ricarichi la pagina e riprovi.',
  'failure.unexpected': 'Si è verificato un problema in questa pagina. Ricarichi la pagina e riprovi.',

  'crash.title': 'Questa pagina non funziona più',
  'crash.body':
    'Si è verificato un problema durante la visualizzazione di questa pagina. Non è stato modificato nulla.',
  'crash.home': 'Vai a Il mio profilo',

  'signIn.title': 'Accedi',
  'signIn.username': 'Nome utente',
  'signIn.password': 'Password',
  'signIn.submit': 'Accedi',
  'signIn.submitting': 'Accesso in corso…',
  'signIn.missing': 'Inserisca nome utente e password.',
  'signIn.reload':
    'Il servizio tessere non ha accettato questo accesso. Ricarichi la pagina e acceda di nuovo.',
  'signIn.unreachable': 'Il servizio tessere non ha risposto. Controlli la connessione e acceda di nuovo.',
  'signIn.ended': 'La sessione è terminata. Acceda di nuovo per continuare.',
  'signIn.signedOut': 'È uscito dal portale.',
  'signIn.signOutUnconfirmed':
    'È uscito da questa pagina, ma il servizio tessere non lo ha confermato. Chiuda il browser per sicurezza.',

  'profile.title': 'Il mio profilo',
  'profile.signedInAs': 'Accesso eseguito come {name} ({username}).',
  'profile.cards': 'Tessere',
  'profile.noCards':
    'Non ha ancora tessere. Avvicini un badge non registrato al lettore di tessere di una stampante per registrarlo.',
  'profile.removeConsequence': 'Non le permetterà più di accedere alle stampanti.',
  'profile.storageNote':
    'Le tessere registrate su una stampante o qui sono conservate da questo servizio tessere; se la directory della sua organizzazione fornisce i numeri di tessera, non vi vengono riscritte.',

  'cards.loading': 'Caricamento delle tessere…',
  'cards.number': 'Tessera',
  'cards.source': 'Origine',
  'cards.source.panel': 'Registrazione sulla stampante',
  'cards.source.portal': 'Aggiunta nel portale',
  'cards.source.directory': 'Importata dalla directory',
  'cards.enrolledAt': 'Registrata',
  'cards.terminal': 'Terminale',
  'cards.noTerminal': '—',
  'cards.remove': 'Rimuovi',
  'cards.removeLabel': 'Rimuovi la tessera {card}',
  'cards.removeQuestion': 'Rimuovere la tessera {card}?',
  'cards.removeConfirm': 'Rimuovi tessera',
  'cards.removing': 'Rimozione…',
  'cards.keep': 'Mantieni tessera',
  'cards.removed': 'Tessera {card} rimossa.',
  'cards.removeFailed': 'La tessera {card} non è stata rimossa.',

  'otp.title': 'Codice monouso',
  'otp.introSelf':
    'Lo usi al posto della password per registrare una tessera su una stampante, ad esempio se non ha una password propria.',
  'otp.introUser':
    'Per un utente che non può usare una password sulla stampante. Glielo consegni di persona o per e-mail.',
  'otp.generate': 'Genera codice monouso',
  'otp.emailPreview': 'Anteprima e-mail',
  'otp.issuing': 'Generazione del codice monouso…',
  'otp.label': 'Nuovo codice monouso',
  'otp.validUntil': 'Valido fino a {time}.',
  'otp.once':
    'Funziona una sola volta ed è mostrato solo ora: lo annoti o lo copi. Uno nuovo lo sostituisce.',
  'otp.copy': 'Copia',
  'otp.copied': 'Copiato.',
  'otp.copyFailed': 'Questo browser non ha consentito la copia. Selezioni il codice e lo copi a mano.',
  'otp.hide': 'Nascondi',

  'email.title': 'Anteprima e-mail',
  'email.notSent': 'Questo servizio non invia e-mail: ecco cosa direbbe l’e-mail.',
  'email.to': 'A',
  'email.subject': 'Oggetto',
  'email.text': 'Testo',

  'users.title': 'Utenti',
  'users.search': 'Cerca per nome utente o nome visualizzato',
  'users.searchButton': 'Cerca',
  'users.loading': 'Caricamento degli utenti…',
  'users.count.one': '1 utente.',
  'users.count.many': '{count} di utenti.',
  'users.count.other': '{count} utenti.',
  'users.countFor.one': '1 utente corrisponde a “{query}”.',
  'users.countFor.many': '{count} di utenti corrispondono a “{query}”.',
  'users.countFor.other': '{count} utenti corrispondono a “{query}”.',
  'users.caption': 'Utenti',
  'users.username': 'Nome utente',
  'users.displayName': 'Nome visualizzato',
  'users.cards': 'Tessere',
  'users.state': 'Account',
  'users.active': 'Attivo',
  'users.lockedUntil': 'Bloccato fino a {time}',

  'user.titleLoading': 'Utente',
  'user.title': 'Tessere di {name}',
  'user.back': '← Tutti gli utenti',
  'user.loading': 'Caricamento dell’utente…',
  'user.notFound': 'Questo utente non esiste. Potrebbe essere stato rimosso dalla directory.',
  'user.username': 'Nome utente',
  'user.email': 'E-mail',
  'user.noEmail': 'nessuna',
  'user.account': 'Account',
  'user.unlock': 'Sblocca',
  'user.unlocking': 'Sblocco…',
  'user.unlocked': 'Account sbloccato. L’utente può accedere di nuovo.',
  'user.cards': 'Tessere',
  'user.noCards': 'Nessuna tessera è registrata a questo utente.',
  'user.removeConsequence': 'Non permetterà più a {name} di accedere alle stampanti.',

  'addCard.label': 'Numero di tessera',
  'addCard.hint':
    'Come lo conserva il servizio tessere: le cifre 0–9 e le lettere A–F, fino a {max} caratteri.',
  'addCard.submit': 'Aggiungi tessera',
  'addCard.adding': 'Aggiunta…',
  'addCard.empty': 'Inserisca il numero di tessera.',
  'addCard.notHex':
    'Un numero di tessera contiene solo le cifre 0–9 e le lettere A–F (niente spazi né altri segni).',
  'addCard.tooLong': 'Un numero di tessera ha al massimo {max} caratteri.',
  'addCard.alreadyAssigned':
    'Questa tessera è già registrata a un altro utente. Se ora appartiene a questo utente, la rimuova prima da lì.',
  'addCard.limitReached':
    'Questo utente ha già il numero massimo di tessere consentito. Rimuova prima una delle sue tessere.',
  'addCard.invalid': 'Il servizio tessere non accetta questo numero di tessera. Lo controlli e riprovi.',
  'addCard.added': 'Tessera {card} aggiunta.',

  'audit.title': 'Registro di audit',
  'audit.loading': 'Caricamento degli eventi…',
  'audit.empty': 'Ancora nessun evento.',
  'audit.caption': 'Eventi di audit, dal più recente',
  'audit.pageOf': 'Pagina {page}, dal più recente.',
  'audit.paging': 'Pagine del registro di audit',
  'audit.newer': 'Più recenti',
  'audit.older': 'Meno recenti',
  'audit.when': 'Quando',
  'audit.what': 'Cosa',
  'audit.who': 'Chi',
  'audit.forWhom': 'Per chi',
  'audit.terminal': 'Terminale',
  'audit.detail': 'Dettaglio',
  'audit.none': '—',
  'audit.kind.card_enrolled': 'Tessera registrata su una stampante',
  'audit.kind.card_added': 'Tessera aggiunta nel portale',
  'audit.kind.card_removed': 'Tessera rimossa',
  'audit.kind.card_replaced': 'Tessera sostituita',
  'audit.kind.card_imported': 'Tessera importata dalla directory',
  'audit.kind.enroll_failed': 'Registrazione non riuscita',
  'audit.kind.account_locked': 'Account bloccato',
  'audit.kind.account_unlocked': 'Account sbloccato',
  'audit.kind.otp_issued': 'Codice monouso emesso',
  'audit.kind.portal_login': 'Accesso al portale',
  'audit.kind.handover_confirmed': 'Tessera collegata da un telefono',

  'link.title': 'Collega una tessera',
  'link.signInPurpose': 'Acceda per registrare sul suo account la tessera in attesa sulla stampante.',
  'link.codeIntro': 'La stampante mostra un codice breve accanto al suo codice QR.',
  'link.codeLabel': 'Codice della stampante',
  'link.codeHint': '6 caratteri, ad esempio K7P-3QX. Il trattino e le maiuscole non contano.',
  'link.continue': 'Continua',
  'link.invalidCode':
    'Questo non è un codice della stampante. I codici hanno 6 lettere e cifre, ad esempio K7P-3QX.',
  'link.unknownCode':
    'Nessuna stampante attende questo codice. Controlli il codice sulla stampante e lo inserisca di nuovo.',
  'link.loading': 'Ricerca del codice {code}…',
  'link.question': 'Registrare la tessera {card} su {terminal} a nome di {name}?',
  'link.questionNoTerminal': 'Registrare la tessera {card} a nome di {name}?',
  'link.expiresAt': 'La stampante attende fino alle {time}.',
  'link.confirm': 'Conferma',
  'link.confirming': 'Registrazione della tessera…',
  'link.deny': 'Rifiuta',
  'link.denying': 'Avviso alla stampante…',
  'link.anotherCode': 'Inserisci un altro codice',
  'link.toProfile': 'Vai a Il mio profilo',
  'link.done.confirmed.title': 'Tessera registrata',
  'link.done.confirmed.body':
    'Torni alla stampante: la farà accedere. D’ora in poi basterà avvicinare la tessera.',
  'link.done.denied.title': 'Tessera non registrata',
  'link.done.denied.body':
    'Ha risposto di no, quindi la stampante smette di attendere. Se è stato un errore, ricominci dalla stampante.',
  'link.done.expired.title': 'Questo codice è scaduto',
  'link.done.expired.body':
    'Un codice vale 5 minuti. Avvicini di nuovo la tessera alla stampante per ottenerne uno nuovo.',
  'link.done.taken.title': 'Questa tessera appartiene a un’altra persona',
  'link.done.taken.body':
    'La tessera è registrata a un altro utente, quindi non è stata registrata a suo nome. Se è la sua tessera, si rivolga a un amministratore.',
  'link.done.limit.title': 'Ha già il numero massimo di tessere consentito',
  'link.done.limit.body': 'Rimuova una tessera in Il mio profilo, poi ricominci dalla stampante.',

  'notFound.title': 'Pagina non trovata',
  'notFound.body': 'A questo indirizzo non c’è nessuna pagina.',
  'forbidden.title': 'Solo per amministratori',
  'forbidden.body':
    'Questa pagina è per gli amministratori. Con il suo account può vedere le sue tessere in Il mio profilo.',
} as const satisfies CatalogOf<'it'>;
