import type { Catalog } from './en';

/** Czech. */
export const cs: Catalog = {
  'language.name': 'Čeština',
  'idle.title': 'Přiložte kartu',
  'idle.hint': 'Přiložením karty ke čtečce se přihlásíte.',
  'busy.identifying': 'Ověřuji kartu…',
  'busy.submitting': 'Registruji kartu…',
  'busy.cancel': 'Zrušit',
  'prompt.title': 'Tato karta není registrovaná',
  'prompt.body': 'Jednou ji přiřaďte ke svému účtu a pak se budete přihlašovat jen jejím přiložením.',
  'prompt.card': 'Karta {card}',
  'prompt.enroll': 'Registrace',
  'prompt.cancel': 'Zrušit',
  'credentials.title': 'Registrovat kartu',
  'credentials.intro': 'Zadejte údaje svého účtu pro registraci karty {card}.',
  'credentials.username': 'Uživatelské jméno',
  'credentials.password': 'Heslo',
  'credentials.passwordOrOtp': 'Heslo nebo jednorázové heslo',
  'credentials.otpHint': 'Funguje i jednorázové heslo z e-mailu nebo z webového portálu.',
  'credentials.clientAuthHint':
    'Jednorázové heslo získáte po přihlášení do desktopového klienta. Zadejte ho sem.',
  'credentials.submit': 'Registrovat kartu',
  'credentials.cancel': 'Zrušit',
  'credentials.invalid': 'Nesprávné uživatelské jméno nebo heslo. Zkuste to znovu.',
  'credentials.attemptsLeft': 'Počet zbývajících pokusů před zablokováním účtu: {count}.',
  'credentials.tooManyAttempts': 'Příliš mnoho pokusů. Chvíli počkejte a zkuste to znovu.',
  'credentials.tooManyAttemptsFor': 'Příliš mnoho pokusů. Počkejte {seconds} s a zkuste to znovu.',
  'credentials.unreachable':
    'Služba karet neodpověděla, karta zatím není registrovaná. Stiskněte Registrovat kartu a zkuste to znovu.',
  'signedIn.title': 'Přihlášen(a) jako {name}',
  'signedIn.enrolled': 'Karta je registrovaná. Příště ji stačí jen přiložit.',
  'signedIn.welcome': 'Vítejte zpět.',
  'signedIn.logOut': 'Odhlásit',
  'problem.unreadable_card.title': 'Kartu nelze přečíst',
  'problem.unreadable_card.body':
    'Přiložte kartu znovu a pomalu. Pokud se to opakuje, požádejte správce o kontrolu čtečky.',
  'problem.tenant_unreachable.title': 'Služba karet je nedostupná',
  'problem.tenant_unreachable.body': 'Tiskárna se nespojila se službou karet. Zkuste to za chvíli znovu.',
  'problem.account_locked.title': 'Účet je zablokován',
  'problem.account_locked.body': 'Příliš mnoho chybných hesel. Zkuste to později nebo se obraťte na správce.',
  'problem.account_locked.until':
    'Příliš mnoho chybných hesel. Zkuste to po {time} nebo se obraťte na správce.',
  'problem.card_already_assigned.title': 'Karta je už registrovaná',
  'problem.card_already_assigned.body':
    'Tato karta patří jinému uživateli. Pokud je vaše, obraťte se na správce.',
  'problem.enrollment_disabled.title': 'Registrace karet je vypnutá',
  'problem.enrollment_disabled.body':
    'Tato karta není registrovaná a registrace na tiskárně je vypnutá. Obraťte se na správce.',
  'problem.enrollment_expired.title': 'Čas na registraci vypršel',
  'problem.enrollment_expired.body': 'Registrace trvala příliš dlouho. Začněte znovu.',
  'problem.terminal_rejected.title': 'Tiskárna není nastavená',
  'problem.terminal_rejected.body':
    'Služba karet tuto tiskárnu odmítla. Požádejte správce o kontrolu klíče terminálu.',
  'problem.tenant_rejected.title': 'Požadavek nebyl přijat',
  'problem.tenant_rejected.body':
    'Služba karet požadavek nezpracovala. Zkuste to znovu nebo se obraťte na správce.',
  'action.retry': 'Zkusit znovu',
  'action.startAgain': 'Začít znovu',
  'action.back': 'Zpět',
  'action.ok': 'OK',
  'action.cancel': 'Zrušit',
  'timeout.warning': 'Jste tu ještě? Obrazovka se brzy zavře.',
  'timeout.moreTime': 'Více času',
};
