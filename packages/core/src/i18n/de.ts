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
  'action.retry': 'Erneut versuchen',
  'action.startAgain': 'Neu beginnen',
  'action.back': 'Zurück',
  'action.ok': 'OK',
  'action.cancel': 'Abbrechen',
  'timeout.warning': 'Noch da? Dieser Bildschirm schließt sich gleich.',
  'timeout.moreTime': 'Mehr Zeit',
};
