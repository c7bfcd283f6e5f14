import type { Catalog } from './en';

/** German. */
export const de: Catalog = {
  'language.name': 'Deutsch',
  'idle.title': 'Karte auflegen',
  'idle.hint': 'Halten Sie Ihren Ausweis an den Kartenleser, um sich anzumelden.',
  'busy.identifying': 'Karte wird geprüft…',
  'busy.submitting': 'Karte wird registriert…',
  'busy.cancel': 'Abbrechen',
  'prompt.title': 'Diese Karte ist nicht registriert',
  'prompt.body': 'Registrieren Sie sie einmal für Ihr Konto, danach genügt Auflegen zum Anmelden.',
  'prompt.card': 'Karte {card}',
  'prompt.enroll': 'Registrierung',
  'prompt.cancel': 'Abbrechen',
  'credentials.title': 'Karte registrieren',
  'credentials.intro': 'Geben Sie Ihre Kontodaten ein, um die Karte {card} zu registrieren.',
  'credentials.username': 'Benutzername',
  'credentials.password': 'Passwort',
  'credentials.passwordOrOtp': 'Passwort oder Einmalpasswort',
  'credentials.otpHint': 'Ein Einmalpasswort aus Ihrer E-Mail oder dem Webportal funktioniert auch.',
  'credentials.clientAuthHint':
    'Melden Sie sich im Desktop-Client an, um ein Einmalpasswort zu erhalten, und geben Sie es hier ein.',
  'credentials.submit': 'Karte registrieren',
  'credentials.cancel': 'Abbrechen',
  'credentials.invalid': 'Benutzername oder Passwort falsch. Bitte erneut versuchen.',
  'credentials.attemptsLeft': 'Noch {count} Versuche, bevor das Konto gesperrt wird.',
  'credentials.tooManyAttempts': 'Zu viele Versuche. Bitte kurz warten und erneut versuchen.',
  'credentials.tooManyAttemptsFor':
    'Zu viele Versuche. Bitte {seconds} Sekunden warten und erneut versuchen.',
  'credentials.unreachable':
    'Der Kartendienst hat nicht geantwortet, die Karte ist noch nicht registriert. Tippen Sie erneut auf Karte registrieren.',
  'signedIn.title': 'Angemeldet als {name}',
  'signedIn.enrolled': 'Ihre Karte ist registriert. Beim nächsten Mal einfach auflegen.',
  'signedIn.welcome': 'Willkommen zurück.',
  'signedIn.logOut': 'Abmelden',
  'problem.unreadable_card.title': 'Karte nicht lesbar',
  'problem.unreadable_card.body':
    'Legen Sie die Karte erneut langsam auf. Passiert das öfter, lassen Sie den Kartenleser vom Administrator prüfen.',
  'problem.tenant_unreachable.title': 'Kartendienst nicht erreichbar',
  'problem.tenant_unreachable.body':
    'Der Drucker erreicht den Kartendienst nicht. Versuchen Sie es gleich noch einmal.',
  'problem.account_locked.title': 'Konto gesperrt',
  'problem.account_locked.body':
    'Zu viele falsche Passwörter. Versuchen Sie es später oder fragen Sie Ihren Administrator.',
  'problem.account_locked.until':
    'Zu viele falsche Passwörter. Versuchen Sie es nach {time} erneut oder fragen Sie Ihren Administrator.',
  'problem.card_already_assigned.title': 'Karte bereits registriert',
  'problem.card_already_assigned.body':
    'Diese Karte ist für einen anderen Benutzer registriert. Wenn es Ihre ist, fragen Sie Ihren Administrator.',
  'problem.enrollment_disabled.title': 'Kartenregistrierung ist aus',
  'problem.enrollment_disabled.body':
    'Diese Karte ist nicht registriert, und die Registrierung am Drucker ist ausgeschaltet. Fragen Sie Ihren Administrator.',
  'problem.enrollment_expired.title': 'Registrierung abgelaufen',
  'problem.enrollment_expired.body': 'Die Registrierung hat zu lange gedauert. Beginnen Sie von vorn.',
  'problem.terminal_rejected.title': 'Drucker nicht eingerichtet',
  'problem.terminal_rejected.body':
    'Der Kartendienst hat diesen Drucker abgelehnt. Lassen Sie den Terminalschlüssel vom Administrator prüfen.',
  'problem.tenant_rejected.title': 'Anfrage abgelehnt',
  'problem.tenant_rejected.body':
    'Der Kartendienst konnte die Anfrage nicht verarbeiten. Versuchen Sie es erneut oder fragen Sie Ihren Administrator.',
  'diagnostics.label': 'Ansicht für Installateure',
  'diagnostics.read': 'Leser sendete {read} ({length} Zeichen)',
  'diagnostics.converted': 'Kartennummer {card}',
  'diagnostics.failed': 'Nicht umgewandelt: {reason}',
  'config.title': 'Dieser Drucker ist noch nicht eingerichtet',
  'config.intro':
    'Die Karten-App kann nicht starten, weil ihre Einstellungsdatei config.json ein Problem hat:',
  'config.unreadable': 'config.json konnte nicht geladen werden ({detail}).',
  'config.notJson': 'config.json ist kein gültiges JSON: {detail}.',
  'config.notObject':
    'config.json muss genau ein Objekt mit Einstellungen enthalten, in geschweiften Klammern { }.',
  'config.missing': '{field} fehlt.',
  'config.wrongType': '{field} muss {expected} sein.',
  'config.expected.text': 'Text in Anführungszeichen',
  'config.expected.yesNo': 'true oder false',
  'config.expected.number': 'eine Zahl',
  'config.expected.group': 'eine Gruppe von Einstellungen in geschweiften Klammern { }',
  'config.expected.list': 'eine Liste in eckigen Klammern [ ]',
  'config.notUrl': '{field} ist keine Webadresse.',
  'config.notHttps':
    '{field} muss mit https:// beginnen. Einfaches http:// ist nur für diesen Drucker selbst erlaubt (localhost).',
  'config.outOfRange': '{field} muss zwischen {min} und {max} liegen.',
  'config.oneOf': '{field} muss einer dieser Werte sein: {choices}.',
  'config.notSet': '{field} enthält noch den Beispielwert. Tragen Sie den Wert aus dem Portal ein.',
  'config.chain': '{field} hat einen Fehler an Zeichen {position}: {detail}',
  'config.unknownField': '{field} ist keine Einstellung dieser App. Prüfen Sie die Schreibweise.',
  'config.fix':
    'Ein Installateur kann config.json im Ordner der App auf dem Drucker korrigieren (siehe INSTALL.md) und dann auf Erneut laden tippen.',
  'config.retry': 'Erneut laden',
  'action.retry': 'Erneut versuchen',
  'action.startAgain': 'Neu beginnen',
  'action.back': 'Zurück',
  'action.ok': 'OK',
  'action.cancel': 'Abbrechen',
  'timeout.warning': 'Noch da? Dieser Bildschirm schließt sich gleich.',
  'timeout.moreTime': 'Mehr Zeit',
};
