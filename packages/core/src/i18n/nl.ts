import type { Catalog } from './en';

/** Dutch. */
export const nl: Catalog = {
  'language.name': 'Nederlands',
  'idle.title': 'Scan uw kaart',
  'idle.hint': 'Houd uw pas tegen de kaartlezer om u aan te melden.',
  'busy.identifying': 'Kaart wordt gecontroleerd…',
  'busy.submitting': 'Kaart wordt geregistreerd…',
  'busy.cancel': 'Annuleren',
  'prompt.title': 'Deze kaart is niet geregistreerd',
  'prompt.body':
    'Koppel de kaart één keer aan uw account. Daarna hoeft u hem alleen nog te scannen om u aan te melden.',
  'prompt.card': 'Kaart {card}',
  'prompt.enroll': 'Registratie',
  'prompt.cancel': 'Annuleren',
  'credentials.title': 'Kaart registreren',
  'credentials.intro': 'Voer uw accountgegevens in om kaart {card} te registreren.',
  'credentials.username': 'Gebruikersnaam',
  'credentials.password': 'Wachtwoord',
  'credentials.passwordOrOtp': 'Wachtwoord of eenmalige code',
  'credentials.otpHint': 'Een eenmalige code uit uw e-mail of van het webportaal werkt ook.',
  'credentials.clientAuthHint':
    'Meld u aan bij de desktopclient voor een eenmalige code en voer die hier in.',
  'credentials.submit': 'Kaart registreren',
  'credentials.cancel': 'Annuleren',
  'credentials.invalid': 'Gebruikersnaam of wachtwoord onjuist. Probeer het opnieuw.',
  'credentials.attemptsLeft': 'Resterende pogingen voordat het account wordt geblokkeerd: {count}.',
  'credentials.tooManyAttempts': 'Te veel pogingen. Wacht even en probeer het dan opnieuw.',
  'credentials.tooManyAttemptsFor': 'Te veel pogingen. Wacht {seconds} seconden en probeer het dan opnieuw.',
  'credentials.unreachable':
    'De kaartservice reageerde niet, dus de kaart is nog niet geregistreerd. Tik op Kaart registreren om het opnieuw te proberen.',
  'signedIn.title': 'Aangemeld als {name}',
  'signedIn.enrolled': 'Uw kaart is geregistreerd. Voortaan hoeft u hem alleen te scannen.',
  'signedIn.welcome': 'Welkom terug.',
  'signedIn.logOut': 'Afmelden',
  'problem.unreadable_card.title': 'Kaart kan niet worden gelezen',
  'problem.unreadable_card.body':
    'Scan de kaart nog eens, langzaam. Gebeurt dit vaker, vraag dan uw beheerder om de kaartlezer te controleren.',
  'problem.tenant_unreachable.title': 'Kaartservice niet bereikbaar',
  'problem.tenant_unreachable.body':
    'De printer kan de kaartservice niet bereiken. Probeer het zo meteen opnieuw.',
  'problem.account_locked.title': 'Account geblokkeerd',
  'problem.account_locked.body':
    'Te vaak een onjuist wachtwoord. Probeer het later opnieuw of neem contact op met uw beheerder.',
  'problem.account_locked.until':
    'Te vaak een onjuist wachtwoord. Probeer het na {time} opnieuw of neem contact op met uw beheerder.',
  'problem.card_already_assigned.title': 'Kaart al geregistreerd',
  'problem.card_already_assigned.body':
    'Deze kaart is geregistreerd op naam van een andere gebruiker. Is het uw kaart, neem dan contact op met uw beheerder.',
  'problem.enrollment_disabled.title': 'Kaartregistratie staat uit',
  'problem.enrollment_disabled.body':
    'Deze kaart is niet geregistreerd en kaarten registreren op de printer staat uit. Neem contact op met uw beheerder.',
  'problem.enrollment_expired.title': 'Registratie verlopen',
  'problem.enrollment_expired.body':
    'De registratie duurde te lang. Begin opnieuw om uw kaart te registreren.',
  'problem.terminal_rejected.title': 'Printer niet ingesteld',
  'problem.terminal_rejected.body':
    'De kaartservice heeft deze printer niet geaccepteerd. Vraag uw beheerder om de terminalsleutel te controleren.',
  'problem.tenant_rejected.title': 'Verzoek niet geaccepteerd',
  'problem.tenant_rejected.body':
    'De kaartservice kon het verzoek niet verwerken. Probeer het opnieuw of neem contact op met uw beheerder.',
  'diagnostics.label': 'Weergave voor installateurs',
  'diagnostics.read': 'Lezer stuurde {read} ({length} tekens)',
  'diagnostics.converted': 'Kaartnummer {card}',
  'diagnostics.failed': 'Niet omgezet: {reason}',
  'config.title': 'Deze printer is nog niet ingesteld',
  'config.intro':
    'De kaartapp kan niet starten, omdat er een probleem is met het instellingenbestand config.json:',
  'config.unreadable': 'config.json kon niet worden geladen ({detail}).',
  'config.notJson': 'config.json is geen geldige JSON: {detail}.',
  'config.notObject': 'config.json moet één object met instellingen bevatten, tussen accolades { }.',
  'config.missing': '{field} ontbreekt.',
  'config.wrongType': '{field} moet {expected} zijn.',
  'config.expected.text': 'tekst tussen aanhalingstekens',
  'config.expected.yesNo': 'true of false',
  'config.expected.number': 'een getal',
  'config.expected.group': 'een groep instellingen tussen accolades { }',
  'config.expected.list': 'een lijst tussen vierkante haken [ ]',
  'config.notUrl': '{field} is geen webadres.',
  'config.notHttps':
    '{field} moet beginnen met https://. Gewoon http:// mag alleen voor deze printer zelf (localhost).',
  'config.outOfRange': '{field} moet tussen {min} en {max} liggen.',
  'config.oneOf': '{field} moet een van deze waarden zijn: {choices}.',
  'config.notSet': '{field} bevat nog de voorbeeldwaarde. Vul de waarde uit het portaal in.',
  'config.chain': '{field} bevat een fout bij teken {position}: {detail}',
  'config.unknownField': '{field} is geen instelling van deze app. Controleer de spelling.',
  'config.fix':
    'Een installateur kan config.json corrigeren in de map van de app op de printer (zie INSTALL.md) en daarna op Opnieuw laden tikken.',
  'config.retry': 'Opnieuw laden',
  'action.retry': 'Opnieuw proberen',
  'action.startAgain': 'Opnieuw beginnen',
  'action.back': 'Terug',
  'action.ok': 'OK',
  'action.cancel': 'Annuleren',
  'timeout.warning': 'Bent u er nog? Dit scherm sluit zo.',
  'timeout.moreTime': 'Meer tijd',
};
