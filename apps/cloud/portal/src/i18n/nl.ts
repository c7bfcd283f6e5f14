import type { CatalogOf } from './catalog';

/** Dutch, in the panel's words (kaart, registreren, eenmalige code) and its u. */
export const nl = {
  'app.name': 'Kaartportaal',
  'app.documentTitle': '{page} · Kaartportaal',
  'app.checking': 'Controleren of u bent aangemeld…',

  'nav.label': 'Portaal',
  'nav.skip': 'Naar de inhoud',
  'nav.profile': 'Mijn profiel',
  'nav.users': 'Gebruikers',
  'nav.audit': 'Auditlogboek',
  'nav.signOut': 'Afmelden',

  'common.retry': 'Opnieuw proberen',

  'language.label': 'Taal',
  'language.unavailable':
    '{language} kon niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',

  'failure.not_signed_in': 'Uw sessie is beëindigd. Meld u opnieuw aan.',
  'failure.invalid_credentials': 'Gebruikersnaam of wachtwoord onjuist.',
  'failure.attemptsLeft.one': 'Nog 1 poging voordat het account wordt geblokkeerd.',
  'failure.attemptsLeft.other': 'Nog {count} pogingen voordat het account wordt geblokkeerd.',
  'failure.account_locked':
    'Dit account is geblokkeerd na te veel onjuiste wachtwoorden. Probeer het later opnieuw of vraag het een beheerder.',
  'failure.account_lockedUntil':
    'Dit account is geblokkeerd tot {time} na te veel onjuiste wachtwoorden. Probeer het dan opnieuw of vraag het een beheerder.',
  'failure.csrf_rejected':
    'De kaartservice heeft dit verzoek van een verouderde pagina geweigerd. Laad de pagina opnieuw en probeer het nog eens.',
  'failure.forbidden': 'Alleen beheerders kunnen dit doen.',
  'failure.not_found': 'Dit bestaat niet meer. Het is misschien intussen verwijderd.',
  'failure.card_already_assigned': 'Deze kaart is al geregistreerd op naam van een andere gebruiker.',
  'failure.card_limit_reached':
    'Het maximale aantal toegestane kaarten is al geregistreerd. Verwijder eerst een kaart.',
  'failure.invalid_card_number': 'De kaartservice accepteert dit kaartnummer niet.',
  'failure.invalid_request':
    'De kaartservice kon dit verzoek niet verwerken. Laad de pagina opnieuw en probeer het nog eens.',
  'failure.handover_expired': 'Deze code is verlopen. Begin opnieuw bij de printer.',
  'failure.unreachable': 'De kaartservice reageerde niet. Controleer uw verbinding en probeer het opnieuw.',
  'failure.server': 'De kaartservice had een probleem (fout {status}). Probeer het zo meteen opnieuw.',
  'failure.malformed_response':
    'De kaartservice stuurde een antwoord dat deze pagina niet kan lezen. Laad de pagina opnieuw en probeer het nog eens.',
  'failure.unexpected': 'Er ging iets mis op deze pagina. Laad de pagina opnieuw en probeer het nog eens.',

  'crash.title': 'Deze pagina werkt niet meer',
  'crash.body': 'Er ging iets mis bij het tonen van deze pagina. Er is niets gewijzigd.',
  'crash.home': 'Naar Mijn profiel',

  'signIn.title': 'Aanmelden',
  'signIn.username': 'Gebruikersnaam',
  'signIn.password': 'Wachtwoord',
  'signIn.submit': 'Aanmelden',
  'signIn.submitting': 'Bezig met aanmelden…',
  'signIn.missing': 'Voer uw gebruikersnaam en wachtwoord in.',
  'signIn.reload':
    'De kaartservice heeft deze aanmelding niet geaccepteerd. Laad de pagina opnieuw en meld u opnieuw aan.',
  'signIn.unreachable': 'De kaartservice reageerde niet. Controleer uw verbinding en meld u opnieuw aan.',
  'signIn.ended': 'Uw sessie is beëindigd. Meld u opnieuw aan om verder te gaan.',
  'signIn.signedOut': 'U bent afgemeld.',
  'signIn.signOutUnconfirmed':
    'U bent op deze pagina afgemeld, maar de kaartservice heeft dat niet bevestigd. Sluit de browser voor de zekerheid.',

  'profile.title': 'Mijn profiel',
  'profile.signedInAs': 'Aangemeld als {name} ({username}).',
  'profile.cards': 'Kaarten',
  'profile.noCards':
    'U hebt nog geen kaarten. Houd een niet-geregistreerde pas tegen de kaartlezer van een printer om hem te registreren.',
  'profile.removeConsequence': 'Daarmee meldt u zich dan niet meer aan bij de printers.',
  'profile.storageNote':
    'Kaarten die bij een printer of hier zijn geregistreerd, bewaart deze kaartservice; levert de directory van uw organisatie kaartnummers, dan worden ze daar niet naar teruggeschreven.',

  'cards.loading': 'Kaarten worden geladen…',
  'cards.number': 'Kaart',
  'cards.source': 'Herkomst',
  'cards.source.panel': 'Registratie bij de printer',
  'cards.source.portal': 'Toegevoegd in het portaal',
  'cards.source.directory': 'Import uit de directory',
  'cards.enrolledAt': 'Geregistreerd',
  'cards.terminal': 'Terminal',
  'cards.noTerminal': '—',
  'cards.remove': 'Verwijderen',
  'cards.removeLabel': 'Kaart {card} verwijderen',
  'cards.removeQuestion': 'Kaart {card} verwijderen?',
  'cards.removeConfirm': 'Kaart verwijderen',
  'cards.removing': 'Bezig met verwijderen…',
  'cards.keep': 'Kaart behouden',
  'cards.removed': 'Kaart {card} verwijderd.',
  'cards.removeFailed': 'Kaart {card} is niet verwijderd.',

  'otp.title': 'Eenmalige code',
  'otp.introSelf':
    'Gebruik deze in plaats van uw wachtwoord om een kaart bij een printer te registreren, bijvoorbeeld als u geen eigen wachtwoord hebt.',
  'otp.introUser':
    'Voor een gebruiker die bij de printer geen wachtwoord kan gebruiken. Geef de code persoonlijk of per e-mail.',
  'otp.generate': 'Eenmalige code maken',
  'otp.emailPreview': 'Voorbeeld van de e-mail',
  'otp.issuing': 'Eenmalige code wordt gemaakt…',
  'otp.label': 'Nieuwe eenmalige code',
  'otp.validUntil': 'Geldig tot {time}.',
  'otp.once':
    'De code werkt één keer en wordt alleen nu getoond: noteer of kopieer hem. Een nieuwe code vervangt hem.',
  'otp.copy': 'Kopiëren',
  'otp.copied': 'Gekopieerd.',
  'otp.copyFailed': 'Deze browser stond kopiëren niet toe. Selecteer de code en kopieer hem met de hand.',
  'otp.hide': 'Verbergen',

  'email.title': 'Voorbeeld van de e-mail',
  'email.notSent': 'Deze service verstuurt geen e-mail: dit is wat de e-mail zou zeggen.',
  'email.to': 'Aan',
  'email.subject': 'Onderwerp',
  'email.text': 'Tekst',

  'users.title': 'Gebruikers',
  'users.search': 'Zoeken op gebruikersnaam of weergavenaam',
  'users.searchButton': 'Zoeken',
  'users.loading': 'Gebruikers worden geladen…',
  'users.count.one': '1 gebruiker.',
  'users.count.other': '{count} gebruikers.',
  'users.countFor.one': '1 gebruiker komt overeen met ‘{query}’.',
  'users.countFor.other': '{count} gebruikers komen overeen met ‘{query}’.',
  'users.caption': 'Gebruikers',
  'users.username': 'Gebruikersnaam',
  'users.displayName': 'Weergavenaam',
  'users.cards': 'Kaarten',
  'users.state': 'Account',
  'users.active': 'Actief',
  'users.lockedUntil': 'Geblokkeerd tot {time}',

  'user.titleLoading': 'Gebruiker',
  'user.title': 'Kaarten van {name}',
  'user.back': '← Alle gebruikers',
  'user.loading': 'Gebruiker wordt geladen…',
  'user.notFound': 'Deze gebruiker bestaat niet. Hij is misschien uit de directory verwijderd.',
  'user.username': 'Gebruikersnaam',
  'user.email': 'E-mail',
  'user.noEmail': 'geen',
  'user.account': 'Account',
  'user.unlock': 'Deblokkeren',
  'user.unlocking': 'Bezig met deblokkeren…',
  'user.unlocked': 'Account gedeblokkeerd. De gebruiker kan zich weer aanmelden.',
  'user.cards': 'Kaarten',
  'user.noCards': 'Er zijn geen kaarten op naam van deze gebruiker geregistreerd.',
  'user.removeConsequence': 'Daarmee meldt {name} zich dan niet meer aan bij de printers.',

  'addCard.label': 'Kaartnummer',
  'addCard.hint':
    'Zoals de kaartservice het opslaat: de cijfers 0–9 en de letters A–F, hoogstens {max} tekens.',
  'addCard.submit': 'Kaart toevoegen',
  'addCard.adding': 'Bezig met toevoegen…',
  'addCard.empty': 'Voer het kaartnummer in.',
  'addCard.notHex':
    'Een kaartnummer bestaat alleen uit de cijfers 0–9 en de letters A–F (geen spaties of andere tekens).',
  'addCard.tooLong': 'Een kaartnummer heeft hoogstens {max} tekens.',
  'addCard.alreadyAssigned':
    'Deze kaart is al geregistreerd op naam van een andere gebruiker. Verwijder hem daar eerst als hij nu van deze gebruiker is.',
  'addCard.limitReached':
    'Deze gebruiker heeft al het maximale aantal toegestane kaarten. Verwijder eerst een van zijn kaarten.',
  'addCard.invalid':
    'De kaartservice accepteert dit kaartnummer niet. Controleer het en probeer het opnieuw.',
  'addCard.added': 'Kaart {card} toegevoegd.',

  'audit.title': 'Auditlogboek',
  'audit.loading': 'Gebeurtenissen worden geladen…',
  'audit.empty': 'Nog geen gebeurtenissen.',
  'audit.caption': 'Auditgebeurtenissen, nieuwste eerst',
  'audit.pageOf': 'Pagina {page}, nieuwste eerst.',
  'audit.paging': 'Pagina’s van het auditlogboek',
  'audit.newer': 'Nieuwer',
  'audit.older': 'Ouder',
  'audit.when': 'Wanneer',
  'audit.what': 'Wat',
  'audit.who': 'Wie',
  'audit.forWhom': 'Voor wie',
  'audit.terminal': 'Terminal',
  'audit.detail': 'Details',
  'audit.none': '—',
  'audit.kind.card_enrolled': 'Kaart geregistreerd bij een printer',
  'audit.kind.card_added': 'Kaart toegevoegd in het portaal',
  'audit.kind.card_removed': 'Kaart verwijderd',
  'audit.kind.card_replaced': 'Kaart vervangen',
  'audit.kind.card_imported': 'Kaart geïmporteerd uit de directory',
  'audit.kind.enroll_failed': 'Registratie mislukt',
  'audit.kind.account_locked': 'Account geblokkeerd',
  'audit.kind.account_unlocked': 'Account gedeblokkeerd',
  'audit.kind.otp_issued': 'Eenmalige code uitgegeven',
  'audit.kind.portal_login': 'Aangemeld bij het portaal',
  'audit.kind.handover_confirmed': 'Kaart gekoppeld via een telefoon',

  'link.title': 'Een kaart koppelen',
  'link.signInPurpose': 'Meld u aan om de kaart die bij de printer wacht op uw account te registreren.',
  'link.codeIntro': 'De printer toont een korte code naast de QR-code.',
  'link.codeLabel': 'Code van de printer',
  'link.codeHint': '6 tekens, bijvoorbeeld K7P-3QX. Het streepje en hoofdletters maken niet uit.',
  'link.continue': 'Doorgaan',
  'link.invalidCode':
    'Dat is geen code van de printer. Codes hebben 6 letters en cijfers, bijvoorbeeld K7P-3QX.',
  'link.unknownCode':
    'Geen enkele printer wacht op deze code. Controleer de code op de printer en voer hem opnieuw in.',
  'link.loading': 'Code {code} wordt opgezocht…',
  'link.question': 'Kaart {card} bij {terminal} op naam van {name} registreren?',
  'link.questionNoTerminal': 'Kaart {card} op naam van {name} registreren?',
  'link.expiresAt': 'De printer wacht tot {time}.',
  'link.confirm': 'Bevestigen',
  'link.confirming': 'Kaart wordt geregistreerd…',
  'link.deny': 'Weigeren',
  'link.denying': 'Printer wordt ingelicht…',
  'link.anotherCode': 'Andere code invoeren',
  'link.toProfile': 'Naar Mijn profiel',
  'link.done.confirmed.title': 'Kaart geregistreerd',
  'link.done.confirmed.body':
    'Ga terug naar de printer: die meldt u aan. Voortaan hoeft u de kaart alleen te scannen.',
  'link.done.denied.title': 'Kaart niet geregistreerd',
  'link.done.denied.body':
    'U hebt nee gezegd, dus de printer wacht niet langer. Was dat een vergissing, begin dan opnieuw bij de printer.',
  'link.done.expired.title': 'Deze code is verlopen',
  'link.done.expired.body':
    'Een code is 5 minuten geldig. Scan de kaart opnieuw bij de printer voor een nieuwe code.',
  'link.done.taken.title': 'Deze kaart is van iemand anders',
  'link.done.taken.body':
    'De kaart is geregistreerd op naam van een andere gebruiker en is dus niet op uw naam geregistreerd. Is het uw kaart, vraag het dan een beheerder.',
  'link.done.limit.title': 'U hebt het maximale aantal toegestane kaarten',
  'link.done.limit.body': 'Verwijder een kaart in Mijn profiel en begin dan opnieuw bij de printer.',

  'notFound.title': 'Pagina niet gevonden',
  'notFound.body': 'Op dit adres staat geen pagina.',
  'forbidden.title': 'Alleen voor beheerders',
  'forbidden.body': 'Deze pagina is voor beheerders. Met uw account ziet u uw eigen kaarten in Mijn profiel.',
} as const satisfies CatalogOf<'nl'>;
