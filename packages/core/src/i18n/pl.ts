import type { Catalog } from './en';

/** Polish. */
export const pl: Catalog = {
  'language.name': 'Polski',
  'idle.title': 'Przyłóż kartę',
  'idle.hint': 'Przyłóż identyfikator do czytnika kart, aby się zalogować.',
  'busy.identifying': 'Sprawdzanie karty…',
  'busy.submitting': 'Rejestrowanie karty…',
  'busy.cancel': 'Anuluj',
  'prompt.title': 'Ta karta nie jest zarejestrowana',
  'prompt.body': 'Przypisz ją raz do swojego konta, a potem wystarczy ją przyłożyć, aby się zalogować.',
  'prompt.card': 'Karta {card}',
  'prompt.enroll': 'Rejestracja',
  'prompt.cancel': 'Anuluj',
  'credentials.title': 'Zarejestruj kartę',
  'credentials.intro': 'Podaj dane swojego konta, aby zarejestrować kartę {card}.',
  'credentials.username': 'Nazwa użytkownika',
  'credentials.password': 'Hasło',
  'credentials.passwordOrOtp': 'Hasło lub kod jednorazowy',
  'credentials.otpHint': 'Możesz też użyć kodu jednorazowego z e-maila lub z portalu internetowego.',
  'credentials.clientAuthHint':
    'Zaloguj się w aplikacji na komputerze, aby otrzymać kod jednorazowy, a potem wpisz go tutaj.',
  'credentials.submit': 'Zarejestruj kartę',
  'credentials.cancel': 'Anuluj',
  'credentials.invalid': 'Nieprawidłowa nazwa użytkownika lub hasło. Spróbuj ponownie.',
  'credentials.attemptsLeft': 'Pozostałe próby przed zablokowaniem konta: {count}.',
  'credentials.tooManyAttempts': 'Zbyt wiele prób. Odczekaj chwilę i spróbuj ponownie.',
  'credentials.tooManyAttemptsFor': 'Zbyt wiele prób. Odczekaj {seconds} s i spróbuj ponownie.',
  'credentials.unreachable':
    'Usługa kart nie odpowiedziała, więc karta nie jest jeszcze zarejestrowana. Naciśnij Zarejestruj kartę, aby spróbować ponownie.',
  'signedIn.title': 'Zalogowano jako {name}',
  'signedIn.enrolled': 'Karta jest zarejestrowana. Następnym razem wystarczy ją przyłożyć.',
  'signedIn.welcome': 'Witamy ponownie.',
  'signedIn.logOut': 'Wyloguj',
  'problem.unreadable_card.title': 'Nie można odczytać karty',
  'problem.unreadable_card.body':
    'Przyłóż kartę ponownie, powoli. Jeśli problem się powtarza, poproś administratora o sprawdzenie czytnika kart.',
  'problem.tenant_unreachable.title': 'Usługa kart jest niedostępna',
  'problem.tenant_unreachable.body':
    'Drukarka nie może połączyć się z usługą kart. Spróbuj ponownie za chwilę.',
  'problem.account_locked.title': 'Konto zablokowane',
  'problem.account_locked.body':
    'Zbyt wiele błędnych haseł. Spróbuj ponownie później lub skontaktuj się z administratorem.',
  'problem.account_locked.until':
    'Zbyt wiele błędnych haseł. Spróbuj ponownie po godzinie {time} lub skontaktuj się z administratorem.',
  'problem.card_already_assigned.title': 'Karta jest już zarejestrowana',
  'problem.card_already_assigned.body':
    'Ta karta jest zarejestrowana na innego użytkownika. Jeśli należy do Ciebie, skontaktuj się z administratorem.',
  'problem.enrollment_disabled.title': 'Rejestracja kart jest wyłączona',
  'problem.enrollment_disabled.body':
    'Ta karta nie jest zarejestrowana, a rejestracja kart na drukarce jest wyłączona. Skontaktuj się z administratorem.',
  'problem.enrollment_expired.title': 'Czas na rejestrację minął',
  'problem.enrollment_expired.body':
    'Rejestracja trwała zbyt długo. Zacznij od nowa, aby zarejestrować kartę.',
  'problem.terminal_rejected.title': 'Drukarka nie jest skonfigurowana',
  'problem.terminal_rejected.body':
    'Usługa kart nie zaakceptowała tej drukarki. Poproś administratora o sprawdzenie klucza terminala.',
  'problem.tenant_rejected.title': 'Żądanie nie zostało przyjęte',
  'problem.tenant_rejected.body':
    'Usługa kart nie mogła przetworzyć żądania. Spróbuj ponownie lub skontaktuj się z administratorem.',
  'diagnostics.label': 'Widok dla instalatora',
  'diagnostics.read': 'Czytnik wysłał {read} (liczba znaków: {length})',
  'diagnostics.converted': 'Numer karty {card}',
  'diagnostics.failed': 'Nie przekształcono: {reason}',
  'config.title': 'Ta drukarka nie jest jeszcze skonfigurowana',
  'config.intro':
    'Aplikacja kart nie może się uruchomić, ponieważ w jej pliku ustawień config.json jest błąd:',
  'config.unreadable': 'Nie udało się wczytać pliku config.json ({detail}).',
  'config.notJson': 'Plik config.json nie zawiera poprawnego JSON: {detail}.',
  'config.notObject': 'Plik config.json musi zawierać jeden obiekt ustawień w nawiasach klamrowych { }.',
  'config.missing': 'Brak ustawienia {field}.',
  'config.wrongType': '{field} musi być {expected}.',
  'config.expected.text': 'tekstem w cudzysłowie',
  'config.expected.yesNo': 'wartością true lub false',
  'config.expected.number': 'liczbą',
  'config.expected.group': 'grupą ustawień w nawiasach klamrowych { }',
  'config.expected.list': 'listą w nawiasach kwadratowych [ ]',
  'config.notUrl': '{field} nie jest adresem internetowym.',
  'config.notHttps':
    '{field} musi zaczynać się od https://. Zwykłe http:// jest dozwolone tylko dla samej tej drukarki (localhost).',
  'config.outOfRange': '{field} musi mieścić się w zakresie od {min} do {max}.',
  'config.oneOf': '{field} musi mieć jedną z wartości: {choices}.',
  'config.notSet': '{field} nadal ma wartość przykładową. Wpisz wartość z portalu.',
  'config.chain': '{field} zawiera błąd przy znaku {position}: {detail}',
  'config.unknownField': '{field} nie jest ustawieniem tej aplikacji. Sprawdź pisownię.',
  'config.fix':
    'Instalator może poprawić plik config.json w folderze aplikacji na drukarce (zob. INSTALL.md), a następnie nacisnąć Wczytaj ponownie.',
  'config.retry': 'Wczytaj ponownie',
  'action.retry': 'Spróbuj ponownie',
  'action.startAgain': 'Zacznij od nowa',
  'action.back': 'Wstecz',
  'action.ok': 'OK',
  'action.cancel': 'Anuluj',
  'timeout.warning': 'Nadal tu jesteś? Ten ekran wkrótce się zamknie.',
  'timeout.moreTime': 'Więcej czasu',
};
