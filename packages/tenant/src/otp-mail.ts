import type { Locale } from '@cardenroll/core';

/** What an e-mail with a one-time password says, in the user's language. */
export interface OtpMailFacts {
  readonly locale: Locale;
  readonly displayName: string;
  readonly username: string;
  readonly otp: string;
  /** When the code stops working (epoch ms); shown in UTC, since the service knows no one's time zone. */
  readonly expiresAt: number;
}

/** A rendered e-mail: a subject, plain text and simple HTML (the same words). */
export interface MailMessage {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

interface OtpMailWords {
  readonly subject: string;
  readonly greeting: (name: string) => string;
  readonly purpose: string;
  readonly once: (until: string) => string;
  readonly how: (username: string) => string;
  readonly notYou: string;
}

/**
 * The words, per language, in the panel's terms (Enrollment, one-time password). No link: an e-mail that
 * signs someone in by itself is a phishing template; this one only carries a code typed at a printer.
 */
const words: Record<Locale, OtpMailWords> = {
  en: {
    subject: 'Your one-time password for registering your card',
    greeting: (name) => `Hello ${name},`,
    purpose: 'here is your one-time password for registering your card at a printer:',
    once: (until) => `It works once, until ${until}.`,
    how: (username) =>
      `At the printer, swipe your card, choose Enrollment, and sign in with your username (${username}) and this one-time password instead of your password.`,
    notYou:
      'If you did not ask for it, ignore this e-mail: the code expires by itself. Never give it to anyone, not even the help desk.',
  },
  de: {
    subject: 'Ihr Einmalpasswort zum Registrieren Ihrer Karte',
    greeting: (name) => `Guten Tag ${name},`,
    purpose: 'hier ist Ihr Einmalpasswort zum Registrieren Ihrer Karte an einem Drucker:',
    once: (until) => `Es gilt einmal, bis ${until}.`,
    how: (username) =>
      `Halten Sie am Drucker Ihre Karte an das Lesegerät, wählen Sie Registrierung und melden Sie sich mit Ihrem Benutzernamen (${username}) und diesem Einmalpasswort statt Ihres Passworts an.`,
    notYou:
      'Wenn Sie es nicht angefordert haben, ignorieren Sie diese E-Mail: Der Code verfällt von selbst. Geben Sie ihn niemandem weiter, auch nicht dem Helpdesk.',
  },
  cs: {
    subject: 'Vaše jednorázové heslo pro registraci karty',
    greeting: (name) => `Dobrý den, ${name},`,
    purpose: 'zde je vaše jednorázové heslo pro registraci karty u tiskárny:',
    once: (until) => `Platí jednou, do ${until}.`,
    how: (username) =>
      `U tiskárny přiložte kartu, zvolte Registrace a přihlaste se svým uživatelským jménem (${username}) a tímto jednorázovým heslem místo svého hesla.`,
    notYou:
      'Pokud jste o ně nežádali, tento e-mail ignorujte: kód sám vyprší. Nikomu ho nesdělujte, ani technické podpoře.',
  },
  fr: {
    subject: 'Votre code à usage unique pour enregistrer votre carte',
    greeting: (name) => `Bonjour ${name},`,
    purpose: 'voici votre code à usage unique pour enregistrer votre carte sur une imprimante :',
    once: (until) => `Il fonctionne une fois, jusqu’au ${until}.`,
    how: (username) =>
      `À l’imprimante, passez votre carte, choisissez Enregistrement et connectez-vous avec votre nom d’utilisateur (${username}) et ce code à usage unique à la place de votre mot de passe.`,
    notYou:
      'Si vous ne l’avez pas demandé, ignorez cet e-mail : le code expire de lui-même. Ne le communiquez à personne, pas même au support.',
  },
  es: {
    subject: 'Su código de un solo uso para registrar su tarjeta',
    greeting: (name) => `Hola, ${name}:`,
    purpose: 'este es su código de un solo uso para registrar su tarjeta en una impresora:',
    once: (until) => `Sirve una vez, hasta el ${until}.`,
    how: (username) =>
      `En la impresora, pase su tarjeta, elija Registro e inicie sesión con su nombre de usuario (${username}) y este código de un solo uso en lugar de su contraseña.`,
    notYou:
      'Si no lo ha pedido, ignore este correo: el código caduca solo. No se lo dé a nadie, ni siquiera al servicio de asistencia.',
  },
  it: {
    subject: 'Il suo codice monouso per registrare la tessera',
    greeting: (name) => `Gentile ${name},`,
    purpose: 'ecco il suo codice monouso per registrare la tessera a una stampante:',
    once: (until) => `Funziona una volta, fino al ${until}.`,
    how: (username) =>
      `Alla stampante passi la tessera, scelga Registrazione e acceda con il suo nome utente (${username}) e questo codice monouso al posto della password.`,
    notYou:
      'Se non lo ha richiesto, ignori questa e-mail: il codice scade da solo. Non lo comunichi a nessuno, nemmeno all’assistenza.',
  },
  pl: {
    subject: 'Twój kod jednorazowy do rejestracji karty',
    greeting: (name) => `Dzień dobry, ${name},`,
    purpose: 'oto Twój kod jednorazowy do rejestracji karty przy drukarce:',
    once: (until) => `Działa jeden raz, do ${until}.`,
    how: (username) =>
      `Przy drukarce przyłóż kartę, wybierz Rejestracja i zaloguj się nazwą użytkownika (${username}) oraz tym kodem jednorazowym zamiast hasła.`,
    notYou:
      'Jeśli nie prosiłeś o niego, zignoruj tę wiadomość: kod sam wygaśnie. Nie przekazuj go nikomu, nawet pomocy technicznej.',
  },
  nl: {
    subject: 'Uw eenmalige code om uw kaart te registreren',
    greeting: (name) => `Beste ${name},`,
    purpose: 'hier is uw eenmalige code om uw kaart bij een printer te registreren:',
    once: (until) => `Hij werkt één keer, tot ${until}.`,
    how: (username) =>
      `Houd bij de printer uw kaart tegen de lezer, kies Registratie en meld u aan met uw gebruikersnaam (${username}) en deze eenmalige code in plaats van uw wachtwoord.`,
    notYou:
      'Hebt u hier niet om gevraagd, negeer deze e-mail dan: de code verloopt vanzelf. Geef hem aan niemand, ook niet aan de helpdesk.',
  },
  ja: {
    subject: 'カード登録用のワンタイムパスワード',
    greeting: (name) => `${name} 様`,
    purpose: 'プリンターでカードを登録するためのワンタイムパスワードをお送りします。',
    once: (until) => `${until} まで、1 回だけ使用できます。`,
    how: (username) =>
      `プリンターでカードをかざし、「登録」を選んで、ユーザー名（${username}）とパスワードの代わりにこのワンタイムパスワードでサインインしてください。`,
    notYou:
      'お心当たりがない場合は、このメールを無視してください。コードは自動的に失効します。ヘルプデスクを含め、誰にも教えないでください。',
  },
  ar: {
    subject: 'رمزك لمرة واحدة لتسجيل بطاقتك',
    greeting: (name) => `مرحبًا ${name}،`,
    purpose: 'إليك رمزك لمرة واحدة لتسجيل بطاقتك عند طابعة:',
    once: (until) => `يعمل مرة واحدة، حتى ${until}.`,
    how: (username) =>
      `عند الطابعة، مرّر بطاقتك، واختر التسجيل، وسجّل الدخول باسم المستخدم (${username}) وهذا الرمز لمرة واحدة بدلًا من كلمة المرور.`,
    notYou:
      'إذا لم تطلبه، فتجاهل هذه الرسالة: تنتهي صلاحية الرمز من تلقاء نفسه. لا تعطه لأحد، ولا حتى لمكتب الدعم.',
  },
};

/** One line of a display name or username: control characters (CR, LF, …) become spaces, so a name never adds lines. */
export const oneLine = (text: string): string =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();

/** Text as HTML content or attribute value. */
export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );

/** The expiry as the user's language writes a date and time, in UTC (said so). */
export function expiryText(locale: Locale, at: number): string {
  const formatted = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(at));
  return `${formatted} UTC`;
}

/**
 * The e-mail with a one-time password: what it is for, that it works once and until when, and how to use
 * it. It never holds the user's password or a link that signs in. Names are made one line in the text
 * and escaped in the HTML, so a display name cannot add lines or markup.
 */
export function otpMailMessage(facts: OtpMailFacts): MailMessage {
  const w = words[facts.locale];
  const name = oneLine(facts.displayName) || oneLine(facts.username);
  const username = oneLine(facts.username);
  const until = expiryText(facts.locale, facts.expiresAt);
  const paragraphs = [w.greeting(name), w.purpose];
  const after = [w.once(until), w.how(username), w.notYou];
  const text = [...paragraphs, '', `    ${facts.otp}`, '', ...after].join('\n');
  const dir = facts.locale === 'ar' ? 'rtl' : 'ltr';
  const p = (line: string) => `<p>${escapeHtml(line)}</p>`;
  const html = [
    `<!doctype html><html lang="${facts.locale}" dir="${dir}"><head><meta charset="utf-8">`,
    `<title>${escapeHtml(w.subject)}</title></head><body>`,
    ...paragraphs.map(p),
    `<p style="font-family:monospace;font-size:1.5em;letter-spacing:0.1em"><strong>${escapeHtml(facts.otp)}</strong></p>`,
    ...after.map(p),
    '</body></html>',
  ].join('\n');
  return { subject: w.subject, text, html };
}
