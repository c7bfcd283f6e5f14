import type { CatalogOf } from './catalog';

/** German, in the panel's words (Karte, registrieren, Einmalpasswort) and its formal Sie. */
export const de = {
  'app.name': 'Kartenportal',
  'app.documentTitle': '{page} · Kartenportal',
  'app.checking': 'Anmeldung wird geprüft…',

  'nav.label': 'Portal',
  'nav.skip': 'Zum Inhalt springen',
  'nav.profile': 'Mein Profil',
  'nav.users': 'Benutzer',
  'nav.audit': 'Audit-Protokoll',
  'nav.providers': 'Anmeldeanbieter',
  'nav.signOut': 'Abmelden',

  'common.retry': 'Erneut versuchen',

  'language.label': 'Sprache',
  'language.unavailable':
    '{language} konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',

  'failure.not_signed_in': 'Ihre Sitzung ist beendet. Melden Sie sich erneut an.',
  'failure.invalid_credentials': 'Benutzername oder Passwort falsch.',
  'failure.attemptsLeft.one': 'Noch 1 Versuch, bevor das Konto gesperrt wird.',
  'failure.attemptsLeft.other': 'Noch {count} Versuche, bevor das Konto gesperrt wird.',
  'failure.account_locked':
    'Dieses Konto ist nach zu vielen falschen Passwörtern gesperrt. Versuchen Sie es später oder fragen Sie einen Administrator.',
  'failure.account_lockedUntil':
    'Dieses Konto ist nach zu vielen falschen Passwörtern bis {time} gesperrt. Versuchen Sie es dann erneut oder fragen Sie einen Administrator.',
  'failure.csrf_rejected':
    'Der Kartendienst hat diese Anfrage einer veralteten Seite abgelehnt. Laden Sie die Seite neu und versuchen Sie es erneut.',
  'failure.forbidden': 'Das dürfen nur Administratoren.',
  'failure.not_found': 'Das gibt es nicht mehr. Es wurde vielleicht inzwischen entfernt.',
  'failure.card_already_assigned': 'Diese Karte ist bereits für einen anderen Benutzer registriert.',
  'failure.card_limit_reached':
    'Es sind bereits so viele Karten registriert wie erlaubt. Entfernen Sie zuerst eine Karte.',
  'failure.invalid_card_number': 'Der Kartendienst akzeptiert diese Kartennummer nicht.',
  'failure.invalid_request':
    'Der Kartendienst konnte diese Anfrage nicht verarbeiten. Laden Sie die Seite neu und versuchen Sie es erneut.',
  'failure.handover_expired': 'Dieser Code ist abgelaufen. Beginnen Sie am Drucker von vorn.',
  'failure.too_many_attempts':
    'Zu viele Fehlversuche von hier. Warten Sie kurz und versuchen Sie es dann erneut.',
  'failure.weak_password':
    'Dieses Passwort ist zu schwach: mindestens 12 Zeichen und kein gängiges Passwort.',
  'failure.wrong_password': 'Das aktuelle Passwort ist falsch.',
  'failure.conflict': 'Das geht nicht: Der Name ist vergeben, oder es bliebe kein Administrator übrig.',
  'failure.service_unavailable':
    'Der Kartendienst erreicht das Verzeichnis der Organisation oder seine Datenbank gerade nicht. Versuchen Sie es gleich noch einmal.',
  'failure.unreachable':
    'Der Kartendienst hat nicht geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'failure.server':
    'Beim Kartendienst ist ein Problem aufgetreten (Fehler {status}). Versuchen Sie es gleich noch einmal.',
  'failure.malformed_response':
    'Der Kartendienst hat eine Antwort gesendet, die diese Seite nicht lesen kann. Laden Sie die Seite neu und versuchen Sie es erneut.',
  'failure.unexpected':
    'Auf dieser Seite ist etwas schiefgegangen. Laden Sie die Seite neu und versuchen Sie es erneut.',

  'crash.title': 'Diese Seite funktioniert nicht mehr',
  'crash.body': 'Beim Anzeigen dieser Seite ist etwas schiefgegangen. Dabei wurde nichts geändert.',
  'crash.home': 'Zu Mein Profil',

  'signIn.title': 'Anmelden',
  'signIn.username': 'Benutzername',
  'signIn.password': 'Passwort',
  'signIn.submit': 'Anmelden',
  'signIn.submitting': 'Anmeldung läuft…',
  'signIn.missing': 'Geben Sie Ihren Benutzernamen und Ihr Passwort ein.',
  'signIn.reload':
    'Der Kartendienst hat diese Anmeldung nicht angenommen. Laden Sie die Seite neu und melden Sie sich erneut an.',
  'signIn.unreachable':
    'Der Kartendienst hat nicht geantwortet. Prüfen Sie Ihre Verbindung und melden Sie sich erneut an.',
  'signIn.ended': 'Ihre Sitzung ist beendet. Melden Sie sich erneut an, um fortzufahren.',
  'signIn.withProvider': 'Mit {provider} anmelden',
  'signIn.orPassword': 'Oder mit Benutzername und Passwort anmelden.',
  'signIn.problem.sign_in_not_found':
    'Diese Anmeldung ließ sich nicht abschließen: Sie wurde schon verwendet oder in einem anderen Browser begonnen. Melden Sie sich erneut an.',
  'signIn.problem.sign_in_expired':
    'Die Anmeldung hat länger als 10 Minuten gedauert. Melden Sie sich erneut an.',
  'signIn.problem.no_identity':
    'Die Anmeldung Ihrer Organisation hat nicht mitgeteilt, wer Sie sind. Bitten Sie einen Administrator, die Einstellungen zu prüfen.',
  'signIn.problem.unknown_identity':
    'Sie haben sich bei Ihrer Organisation angemeldet, aber der Kartendienst hat kein Konto für Sie. Fragen Sie einen Administrator.',
  'signIn.problem.account_disabled': 'Dieses Konto ist deaktiviert. Fragen Sie einen Administrator.',
  'signIn.problem.provider_unreachable':
    'Die Anmeldung Ihrer Organisation ist gerade nicht erreichbar. Versuchen Sie es gleich noch einmal.',
  'signIn.problem.provider_refused':
    'Die Anmeldung Ihrer Organisation hat Sie nicht zugelassen, oder sie wurde abgebrochen. Melden Sie sich erneut an.',
  'signIn.signedOut': 'Sie sind abgemeldet.',
  'signIn.mailRequest': 'Ich kann mich am Drucker nicht anmelden',
  'mailRequest.title': 'Einmalpasswort per E-Mail',
  'mailRequest.intro':
    'Geben Sie Ihren Benutzernamen oder Ihre E-Mail-Adresse ein. Gehört sie zu einem Konto mit E-Mail-Adresse, wird ein Einmalpasswort dorthin gesendet: Geben Sie es am Drucker statt Ihres Passworts ein.',
  'mailRequest.login': 'Benutzername oder E-Mail-Adresse',
  'mailRequest.submit': 'Einmalpasswort senden',
  'mailRequest.sending': 'Wird gesendet…',
  'mailRequest.done':
    'Danke. Gehört die Angabe zu einem Konto mit E-Mail-Adresse, ist ein Einmalpasswort unterwegs; das kann einige Minuten dauern.',
  'mailRequest.missing': 'Geben Sie Ihren Benutzernamen oder Ihre E-Mail-Adresse ein.',
  'mailRequest.back': 'Zurück zur Anmeldung',
  'signIn.signOutUnconfirmed':
    'Sie sind auf dieser Seite abgemeldet, aber der Kartendienst hat es nicht bestätigt. Schließen Sie den Browser, um sicherzugehen.',

  'profile.title': 'Mein Profil',
  'profile.signedInAs': 'Angemeldet als {name} ({username}).',
  'profile.cards': 'Karten',
  'profile.noCards':
    'Sie haben noch keine Karten. Halten Sie einen nicht registrierten Ausweis an den Kartenleser eines Druckers, um ihn zu registrieren.',
  'profile.removeConsequence': 'Sie meldet Sie dann nicht mehr an den Druckern an.',
  'profile.storageNote':
    'Karten, die an einem Drucker oder hier registriert werden, speichert dieser Kartendienst; liefert das Verzeichnis Ihrer Organisation Kartennummern, werden sie dorthin nicht zurückgeschrieben.',

  'cards.loading': 'Karten werden geladen…',
  'cards.number': 'Karte',
  'cards.source': 'Herkunft',
  'cards.source.panel': 'Registrierung am Drucker',
  'cards.source.portal': 'Im Portal hinzugefügt',
  'cards.source.directory': 'Import aus dem Verzeichnis',
  'cards.enrolledAt': 'Registriert',
  'cards.terminal': 'Terminal',
  'cards.noTerminal': '—',
  'cards.remove': 'Entfernen',
  'cards.removeLabel': 'Karte {card} entfernen',
  'cards.removeQuestion': 'Karte {card} entfernen?',
  'cards.removeConfirm': 'Karte entfernen',
  'cards.removing': 'Wird entfernt…',
  'cards.keep': 'Karte behalten',
  'cards.removed': 'Karte {card} entfernt.',
  'cards.removeFailed': 'Karte {card} wurde nicht entfernt.',

  'otp.title': 'Einmalpasswort',
  'otp.introSelf':
    'Verwenden Sie es statt Ihres Passworts, um an einem Drucker eine Karte zu registrieren, zum Beispiel wenn Sie kein eigenes Passwort haben.',
  'otp.introUser':
    'Für einen Benutzer, der am Drucker kein Passwort verwenden kann. Geben Sie es ihm persönlich oder per E-Mail.',
  'otp.generate': 'Einmalpasswort erzeugen',
  'otp.emailPreview': 'E-Mail-Vorschau',
  'otp.issuing': 'Einmalpasswort wird erzeugt…',
  'otp.label': 'Neues Einmalpasswort',
  'otp.validUntil': 'Gültig bis {time}.',
  'otp.once':
    'Es funktioniert einmal und wird nur jetzt angezeigt: Notieren oder kopieren Sie es. Ein neues ersetzt es.',
  'otp.copy': 'Kopieren',
  'otp.copied': 'Kopiert.',
  'otp.copyFailed':
    'Dieser Browser hat das Kopieren nicht erlaubt. Markieren Sie das Passwort und kopieren Sie es von Hand.',
  'otp.hide': 'Ausblenden',
  'otp.sendEmail': 'Einmalpasswort per E-Mail senden',
  'otp.sendingEmail': 'E-Mail wird eingereiht…',
  'otp.emailQueued':
    'Eine E-Mail mit einem neuen Einmalpasswort ist unterwegs an {address}. Es gilt einmal, bis {time}.',
  'mail.title': 'Ausgehende E-Mails',
  'mail.notConfigured':
    'Kein Mailserver eingerichtet: Einmalpasswörter werden hier angezeigt oder von Hand in eine E-Mail kopiert.',
  'mail.empty': 'Noch keine E-Mails.',
  'mail.state.queued': 'In der Warteschlange',
  'mail.state.sent': 'Gesendet',
  'mail.state.failed': 'Nicht zugestellt',
  'mail.to': 'An',
  'mail.state': 'Status',
  'mail.attempts': 'Versuche',
  'mail.lastError': 'Letzter Fehler',
  'mail.nextAttempt': 'Nächster Versuch',
  'mail.refresh': 'Aktualisieren',

  'email.title': 'E-Mail-Vorschau',
  'email.notSent': 'Dieser Dienst versendet keine E-Mails: So würde die E-Mail lauten.',
  'email.to': 'An',
  'email.subject': 'Betreff',
  'email.text': 'Text',

  'users.title': 'Benutzer',
  'users.search': 'Nach Benutzername oder Anzeigename suchen',
  'users.searchButton': 'Suchen',
  'users.loading': 'Benutzer werden geladen…',
  'users.count.one': '1 Benutzer.',
  'users.count.other': '{count} Benutzer.',
  'users.countFor.one': '1 Benutzer passt zu „{query}“.',
  'users.countFor.other': '{count} Benutzer passen zu „{query}“.',
  'users.caption': 'Benutzer',
  'users.username': 'Benutzername',
  'users.displayName': 'Anzeigename',
  'users.cards': 'Karten',
  'users.state': 'Konto',
  'users.active': 'Aktiv',
  'users.lockedUntil': 'Gesperrt bis {time}',

  'user.titleLoading': 'Benutzer',
  'user.title': 'Karten von {name}',
  'user.back': '← Alle Benutzer',
  'user.loading': 'Benutzer wird geladen…',
  'user.notFound': 'Diesen Benutzer gibt es nicht. Er wurde vielleicht aus dem Verzeichnis entfernt.',
  'user.username': 'Benutzername',
  'user.email': 'E-Mail',
  'user.noEmail': 'keine',
  'user.account': 'Konto',
  'user.unlock': 'Entsperren',
  'user.unlocking': 'Wird entsperrt…',
  'user.unlocked': 'Konto entsperrt. Der Benutzer kann sich wieder anmelden.',
  'user.cards': 'Karten',
  'user.noCards': 'Für diesen Benutzer sind keine Karten registriert.',
  'user.removeConsequence': 'Sie meldet {name} dann nicht mehr an den Druckern an.',

  'addCard.label': 'Kartennummer',
  'addCard.hint':
    'So, wie der Kartendienst sie speichert: die Ziffern 0–9 und die Buchstaben A–F, höchstens {max} Zeichen.',
  'addCard.submit': 'Karte hinzufügen',
  'addCard.adding': 'Wird hinzugefügt…',
  'addCard.empty': 'Geben Sie die Kartennummer ein.',
  'addCard.notHex':
    'Eine Kartennummer enthält nur die Ziffern 0–9 und die Buchstaben A–F (keine Leerzeichen oder anderen Zeichen).',
  'addCard.tooLong': 'Eine Kartennummer hat höchstens {max} Zeichen.',
  'addCard.alreadyAssigned':
    'Diese Karte ist bereits für einen anderen Benutzer registriert. Entfernen Sie sie dort zuerst, wenn sie jetzt diesem Benutzer gehört.',
  'addCard.limitReached':
    'Dieser Benutzer hat bereits so viele Karten wie erlaubt. Entfernen Sie zuerst eine seiner Karten.',
  'addCard.invalid':
    'Der Kartendienst akzeptiert diese Kartennummer nicht. Prüfen Sie sie und versuchen Sie es erneut.',
  'addCard.added': 'Karte {card} hinzugefügt.',

  'audit.title': 'Audit-Protokoll',
  'audit.loading': 'Ereignisse werden geladen…',
  'audit.empty': 'Noch keine Ereignisse.',
  'audit.caption': 'Audit-Ereignisse, neueste zuerst',
  'audit.pageOf': 'Seite {page}, neueste zuerst.',
  'audit.paging': 'Seiten des Audit-Protokolls',
  'audit.newer': 'Neuere',
  'audit.older': 'Ältere',
  'audit.when': 'Wann',
  'audit.what': 'Was',
  'audit.who': 'Wer',
  'audit.forWhom': 'Für wen',
  'audit.terminal': 'Terminal',
  'audit.detail': 'Details',
  'audit.none': '—',
  'audit.kind.card_enrolled': 'Karte am Drucker registriert',
  'audit.kind.card_added': 'Karte im Portal hinzugefügt',
  'audit.kind.card_removed': 'Karte entfernt',
  'audit.kind.card_replaced': 'Karte ersetzt',
  'audit.kind.card_imported': 'Karte aus dem Verzeichnis importiert',
  'audit.kind.enroll_failed': 'Registrierung fehlgeschlagen',
  'audit.kind.account_locked': 'Konto gesperrt',
  'audit.kind.account_unlocked': 'Konto entsperrt',
  'audit.kind.otp_issued': 'Einmalpasswort ausgestellt',
  'audit.kind.otp_mail_sent': 'Einmalpasswort per E-Mail gesendet',
  'audit.kind.otp_mail_failed': 'E-Mail mit Einmalpasswort nicht zugestellt',
  'audit.kind.portal_login': 'Im Portal angemeldet',
  'audit.kind.handover_confirmed': 'Karte per Telefon verknüpft',
  'audit.kind.portal_login_failed': 'Portal-Anmeldung abgelehnt',
  'audit.kind.terminal_key_refused': 'Terminalschlüssel abgelehnt',
  'audit.kind.user_created': 'Konto angelegt',
  'audit.kind.user_updated': 'Konto geändert',
  'audit.kind.user_disabled': 'Konto deaktiviert',
  'audit.kind.user_enabled': 'Konto aktiviert',
  'audit.kind.user_deleted': 'Konto gelöscht',
  'audit.kind.password_changed': 'Passwort vom Inhaber geändert',
  'audit.kind.password_set': 'Passwort von einem Administrator gesetzt',
  'audit.kind.sessions_ended': 'Überall abgemeldet',
  'audit.kind.terminal_added': 'Terminal hinzugefügt',
  'audit.kind.terminal_revoked': 'Terminal gesperrt',
  'audit.kind.client_connected': 'Desktop-Client verbunden',
  'audit.kind.client_revoked': 'Desktop-Client abgemeldet',

  'link.title': 'Karte verknüpfen',
  'link.signInPurpose':
    'Melden Sie sich an, um die Karte, die am Drucker wartet, für Ihr Konto zu registrieren.',
  'link.codeIntro': 'Der Drucker zeigt neben seinem QR-Code einen kurzen Code.',
  'link.codeLabel': 'Code vom Drucker',
  'link.codeHint':
    '6 Zeichen, zum Beispiel K7P-3QX. Bindestrich sowie Groß- und Kleinschreibung spielen keine Rolle.',
  'link.continue': 'Weiter',
  'link.invalidCode':
    'Das ist kein Code vom Drucker. Codes haben 6 Buchstaben und Ziffern, zum Beispiel K7P-3QX.',
  'link.unknownCode':
    'Kein Drucker wartet auf diesen Code. Prüfen Sie den Code am Drucker und geben Sie ihn erneut ein.',
  'link.loading': 'Code {code} wird gesucht…',
  'link.question': 'Karte {card} an {terminal} für {name} registrieren?',
  'link.questionNoTerminal': 'Karte {card} für {name} registrieren?',
  'link.expiresAt': 'Der Drucker wartet bis {time}.',
  'link.confirm': 'Bestätigen',
  'link.confirming': 'Karte wird registriert…',
  'link.deny': 'Ablehnen',
  'link.denying': 'Drucker wird benachrichtigt…',
  'link.anotherCode': 'Anderen Code eingeben',
  'link.toProfile': 'Zu Mein Profil',
  'link.done.confirmed.title': 'Karte registriert',
  'link.done.confirmed.body':
    'Gehen Sie zurück zum Drucker: Er meldet Sie an. Ab jetzt genügt es, die Karte aufzulegen.',
  'link.done.denied.title': 'Karte nicht registriert',
  'link.done.denied.body':
    'Sie haben abgelehnt, daher wartet der Drucker nicht mehr. War das ein Versehen, beginnen Sie am Drucker von vorn.',
  'link.done.expired.title': 'Dieser Code ist abgelaufen',
  'link.done.expired.body':
    'Ein Code gilt 5 Minuten. Legen Sie die Karte erneut am Drucker auf, um einen neuen zu erhalten.',
  'link.done.taken.title': 'Diese Karte gehört jemand anderem',
  'link.done.taken.body':
    'Die Karte ist für einen anderen Benutzer registriert und wurde deshalb nicht für Sie registriert. Wenn es Ihre Karte ist, fragen Sie einen Administrator.',
  'link.done.limit.title': 'Sie haben bereits so viele Karten wie erlaubt',
  'link.done.limit.body':
    'Entfernen Sie eine Karte in Mein Profil und beginnen Sie dann am Drucker von vorn.',

  'clients.title': 'Desktop-Clients',
  'clients.intro':
    'Computer, die mit dem Desktop-Client als Sie angemeldet sind. Jeder kann Einmalpasswörter für Sie abrufen, bis er abgemeldet wird.',
  'clients.loading': 'Desktop-Clients werden geladen…',
  'clients.none': 'Kein Desktop-Client ist als Sie angemeldet.',
  'clients.item': '{client}: verbunden {connected}, zuletzt genutzt {used}',
  'clients.signOut': 'Abmelden',
  'clients.signOutLabel': 'Den am {connected} verbundenen Desktop-Client abmelden',
  'clients.signingOut': 'Wird abgemeldet…',
  'clients.signedOut': 'Der Desktop-Client ist abgemeldet. Er erhält keine Einmalpasswörter mehr.',

  'clients.introOfUser':
    'Computer, die mit dem Desktop-Client als {name} angemeldet sind. Melden Sie einen ab, wenn er verloren ist oder nicht mehr genutzt wird.',
  'clients.noneOfUser': 'Kein Desktop-Client ist als {name} angemeldet.',
  'device.title': 'Desktop-Client verbinden',
  'device.signInPurpose':
    'Melden Sie sich an, um den Desktop-Client zu verbinden, der Ihnen einen Code zeigt.',
  'device.codeIntro': 'Nach dem Befehl login zeigt der Desktop-Client einen Code aus 8 Buchstaben.',
  'device.codeLabel': 'Code aus dem Desktop-Client',
  'device.codeHint':
    '8 Buchstaben, zum Beispiel WDJB-MJHT. Bindestrich sowie Groß- und Kleinschreibung spielen keine Rolle.',
  'device.continue': 'Weiter',
  'device.invalidCode':
    'Das ist kein Code aus dem Desktop-Client. Prüfen Sie ihn und geben Sie ihn erneut ein.',
  'device.unknownCode':
    'Kein Desktop-Client wartet mit diesem Code. Prüfen Sie ihn oder führen Sie login erneut aus.',
  'device.loading': 'Code {code} wird gesucht…',
  'device.question': '{client} möchte sich als {name} anmelden, um Einmalpasswörter für Sie abzurufen.',
  'device.asked': 'Angefragt um {time}. Der Code gilt bis {expires}.',
  'device.checkCode': 'Bestätigen Sie nur, wenn der Desktop-Client vor Ihnen {code} zeigt.',
  'device.approve': 'Bestätigen',
  'device.approving': 'Wird verbunden…',
  'device.deny': 'Ablehnen',
  'device.denying': 'Wird abgelehnt…',
  'device.done.approved.title': 'Desktop-Client verbunden',
  'device.done.approved.body':
    'Kehren Sie zum Desktop-Client zurück: Er ist jetzt angemeldet, und sein Befehl otp gibt Ihnen Einmalpasswörter.',
  'device.done.denied.title': 'Desktop-Client abgelehnt',
  'device.done.denied.body':
    'Der Desktop-Client ist nicht angemeldet und erhält nichts von diesem Kartendienst.',
  'device.done.expired.title': 'Dieser Code ist abgelaufen',
  'device.done.expired.body':
    'Führen Sie login im Desktop-Client erneut aus, um einen neuen Code zu erhalten.',
  'device.anotherCode': 'Anderen Code eingeben',
  'device.toProfile': 'Zu Mein Profil',

  'notFound.title': 'Seite nicht gefunden',
  'notFound.body': 'Unter dieser Adresse gibt es keine Seite.',
  'forbidden.title': 'Nur für Administratoren',
  'forbidden.body':
    'Diese Seite ist für Administratoren. Mit Ihrem Konto sehen Sie Ihre eigenen Karten in Mein Profil.',
  'providers.title': 'Anmeldeanbieter',
  'providers.intro':
    'Personen melden sich über diese Anbieter an, in dieser Reihenfolge versucht. Sie stehen in der Konfigurationsdatei des Dienstes und werden hier nur angezeigt. Testen Sie einen, um zu sehen, ob er antwortet und was er über einen Benutzernamen weiß; ein Passwort wird nicht verlangt.',
  'providers.loading': 'Anbieter werden geladen…',
  'providers.kind': 'Art',
  'providers.kind.local': 'Lokale Benutzer',
  'providers.kind.ldap': 'LDAP / Active Directory',
  'providers.kind.oidc': 'OpenID Connect',
  'providers.id': 'Kennung',
  'providers.server': 'Server',
  'providers.implicitLocal':
    'Nicht in der Konfigurationsdatei aufgeführt: Lokale Benutzer sind immer verfügbar, damit sich ein Administrator auch anmelden kann, wenn ein Verzeichnis ausgefallen oder falsch eingerichtet ist.',
  'providers.testUsername': 'Benutzername zum Nachschlagen (optional)',
  'providers.test': 'Testen',
  'providers.testing': 'Wird getestet…',
  'providers.reachable': 'Erreichbar: Antwort in {ms} ms.',
  'providers.unreachable': 'Nicht erreichbar: {trouble}.',
  'providers.found': 'Gefunden: {name} ({username}).',
  'providers.foundEmail': 'E-Mail: {email}.',
  'providers.cards.one': '1 Kartennummer hinterlegt.',
  'providers.cards.other': '{count} Kartennummern hinterlegt.',
  'providers.notFound': 'Niemand hat hier diesen Benutzernamen.',
  'providers.notThisProvider': 'Die Domäne dieses Benutzernamens gehört nicht zu diesem Anbieter.',

  'nav.account': 'Passwort und Sitzungen',
  'nav.terminals': 'Terminals',
  'signIn.signedOutEverywhere': 'Sie sind in allen Browsern abgemeldet, auch in diesem.',
  'users.disabled': 'Deaktiviert',
  'password.current': 'Aktuelles Passwort',
  'password.new': 'Neues Passwort',
  'password.repeat': 'Neues Passwort wiederholen',
  'password.rules':
    'Mindestens {min} Zeichen. Nicht Ihr Benutzername und kein gängiges Passwort wie „password1234“. Ein Satz aus einigen Wörtern ist leicht zu merken.',
  'password.currentMissing': 'Geben Sie Ihr aktuelles Passwort ein.',
  'password.tooShort': 'Das neue Passwort ist zu kurz: Verwenden Sie mindestens {min} Zeichen.',
  'password.mismatch':
    'Die beiden neuen Passwörter stimmen nicht überein. Geben Sie das neue Passwort zweimal ein.',
  'password.weak':
    'Der Kartendienst hat dieses Passwort abgelehnt: mindestens {min} Zeichen, nicht der Benutzername und kein gängiges Passwort.',
  'account.title': 'Passwort und Sitzungen',
  'account.passwordTitle': 'Passwort ändern',
  'account.passwordIntro':
    'Dazu brauchen Sie Ihr aktuelles Passwort. Nach der Änderung sind Sie in allen anderen Browsern abgemeldet.',
  'account.changePassword': 'Passwort ändern',
  'account.changingPassword': 'Passwort wird geändert…',
  'account.passwordChanged': 'Passwort geändert. Alle Ihre anderen Sitzungen wurden abgemeldet.',
  'account.sessionsTitle': 'Wo Sie angemeldet sind',
  'account.sessionsIntro':
    'Jeder Browser, in dem Sie sich angemeldet haben, ist eine Sitzung. Sehen Sie eine, die Sie nicht kennen, melden Sie sich überall ab und ändern Sie Ihr Passwort.',
  'account.sessionsLoading': 'Ihre Sitzungen werden geladen…',
  'account.sessionSince': 'Angemeldet',
  'account.sessionLastSeen': 'Zuletzt aktiv',
  'account.thisSession': 'Dieser Browser',
  'account.signOutEverywhere': 'Überall abmelden',
  'account.signOutEverywhereQuestion': 'Überall abmelden?',
  'account.signOutEverywhereConsequence':
    'Alle Ihre Sitzungen enden, auch diese: Sie melden sich hier und in jedem anderen Browser neu an.',
  'account.signingOutEverywhere': 'Wird abgemeldet…',
  'account.staySignedIn': 'Angemeldet bleiben',
  'account.manageTitle': 'Konto',
  'account.role': 'Rolle',
  'account.role.user': 'Benutzer',
  'account.role.admin': 'Administrator',
  'account.save': 'Änderungen speichern',
  'account.saved': 'Änderungen gespeichert.',
  'account.accessTitle': 'Zugang',
  'account.disable': 'Konto deaktivieren',
  'account.enable': 'Konto aktivieren',
  'account.disableQuestion': 'Das Konto von {name} deaktivieren?',
  'account.disableConsequence':
    'Die Person wird sofort abgemeldet, kann sich nirgends mehr anmelden, und ihre Karten melden niemanden an, bis das Konto wieder aktiviert ist.',
  'account.keepEnabled': 'Aktiviert lassen',
  'account.disabledNotice': 'Konto deaktiviert. Die Person ist abgemeldet und kann sich nicht anmelden.',
  'account.enabledNotice': 'Konto aktiviert. Die Person kann sich wieder anmelden.',
  'account.conflict':
    'Das geht nicht: Administratoren können ihr eigenes Konto nicht deaktivieren, löschen oder herabstufen, und der letzte Administrator muss einer bleiben.',
  'account.working': 'Wird ausgeführt…',
  'account.deleteTitle': 'Benutzer löschen',
  'account.delete': 'Benutzer löschen',
  'account.deleteQuestion': '{name} löschen?',
  'account.deleteConsequence':
    'Karten, Einmalpasswörter und Sitzungen werden mit dem Konto gelöscht. Das lässt sich nicht rückgängig machen; das Audit-Protokoll behält den Namen.',
  'account.keepUser': 'Benutzer behalten',
  'account.setPasswordTitle': 'Neues Passwort',
  'account.setPasswordIntro':
    'Setzt ein Passwort für diese Person, etwa wenn sie ihres vergessen hat. Alle ihre Sitzungen enden, und ihre unbenutzten Einmalpasswörter gelten nicht mehr.',
  'account.directoryPassword':
    'Dieser Benutzer meldet sich mit seinem Passwort aus dem Verzeichnis „{provider}“ an: Ändern Sie es dort. Ein Einmalpasswort von dieser Seite funktioniert am Drucker trotzdem.',
  'account.setPassword': 'Passwort setzen',
  'account.passwordSet':
    'Passwort gesetzt. Die Sitzungen der Person wurden beendet; geben Sie ihr das neue Passwort persönlich.',
  'newUser.title': 'Neuer Benutzer',
  'newUser.usernameHint': 'Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche; bis zu 64 Zeichen.',
  'newUser.email': 'E-Mail (optional)',
  'newUser.password': 'Erstes Passwort (optional)',
  'newUser.passwordHint':
    'Mindestens {min} Zeichen. Leer lassen, um stattdessen ein Einmalpasswort auszustellen.',
  'newUser.create': 'Benutzer anlegen',
  'newUser.creating': 'Wird angelegt…',
  'newUser.missing': 'Geben Sie einen Benutzernamen und einen Anzeigenamen ein.',
  'newUser.taken': 'Dieser Benutzername ist vergeben. Wählen Sie einen anderen.',
  'newUser.invalid':
    'Der Kartendienst hat dieses Konto abgelehnt: Prüfen Sie den Benutzernamen (Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche) und die E-Mail-Adresse.',
  'terminals.title': 'Terminals',
  'terminals.intro':
    'Jedes Druckerpanel ruft den Kartendienst mit einem eigenen Schlüssel auf. Sperren Sie den Schlüssel eines Terminals, wenn der Drucker ersetzt wird oder andere den Schlüssel kennen könnten.',
  'terminals.addTitle': 'Terminal hinzufügen',
  'terminals.name': 'Bezeichnung',
  'terminals.nameHint': 'Zum Beispiel der Standort des Druckers: „2. Stock, Ost“. Bis zu 100 Zeichen.',
  'terminals.nameMissing': 'Geben Sie einen Namen für das Terminal ein.',
  'terminals.add': 'Terminal hinzufügen',
  'terminals.adding': 'Wird hinzugefügt…',
  'terminals.keyLabel': 'Schlüssel von {name}',
  'terminals.keyOnce':
    'Sie sehen diesen Schlüssel nie wieder: Der Kartendienst speichert nur einen Hash davon.',
  'terminals.keyWhere':
    'Kopieren Sie ihn jetzt in die config.json des Druckers, als terminalKey. Geht er verloren, sperren Sie dieses Terminal und fügen ein neues hinzu.',
  'terminals.copy': 'Schlüssel kopieren',
  'terminals.copyFailed':
    'Dieser Browser erlaubt das Kopieren nicht. Markieren Sie den Schlüssel und kopieren Sie ihn von Hand.',
  'terminals.done': 'Fertig',
  'terminals.listTitle': 'Registrierte Terminals',
  'terminals.loading': 'Terminals werden geladen…',
  'terminals.none': 'Noch keine Terminals registriert.',
  'terminals.addedAt': 'Hinzugefügt',
  'terminals.lastContact': 'Letzter Kontakt',
  'terminals.neverSeen': 'Noch keiner',
  'terminals.state': 'Status',
  'terminals.stateActive': 'Aktiv',
  'terminals.stateRevoked': 'Gesperrt',
  'terminals.revoke': 'Sperren',
  'terminals.revokeLabel': '{name} sperren',
  'terminals.revokeQuestion': '{name} sperren?',
  'terminals.revokeConsequence':
    'Sein Schlüssel gilt sofort nicht mehr: Der Drucker meldet niemanden mehr an, bis er den Schlüssel eines neuen Terminals erhält.',
  'terminals.revokeConfirm': 'Terminal sperren',
  'terminals.revoking': 'Wird gesperrt…',
  'terminals.keep': 'Terminal behalten',
  'terminals.revoked': '{name} gesperrt. Sein Schlüssel gilt nicht mehr.',
  'terminals.revokeFailed': '{name} wurde nicht gesperrt.',
} as const satisfies CatalogOf<'de'>;
