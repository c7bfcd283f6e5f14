/** English, the default catalog: every other catalog must have exactly these keys. */
export const en = {
  'language.name': 'English',
  'idle.title': 'Swipe your card',
  'idle.hint': 'Hold your badge to the card reader to sign in.',
  'busy.identifying': 'Checking your card…',
  'busy.submitting': 'Registering your card…',
  'busy.cancel': 'Cancel',
  'prompt.title': 'This card is not registered',
  'prompt.body': 'Register it to your account once, and from then on just swipe it to sign in.',
  'prompt.card': 'Card {card}',
  'prompt.enroll': 'Enrollment',
  'prompt.cancel': 'Cancel',
  'credentials.title': 'Register card',
  'credentials.intro': 'Enter your account details to register card {card}.',
  'credentials.username': 'Username',
  'credentials.password': 'Password',
  'credentials.passwordOrOtp': 'Password or one-time password',
  'credentials.otpHint': 'A one-time password from your email or the web portal works too.',
  'credentials.clientAuthHint':
    'Sign in to the desktop client to get a one-time password, then enter it here.',
  'credentials.submit': 'Register card',
  'credentials.cancel': 'Cancel',
  'credentials.invalid': 'Wrong username or password. Try again.',
  'credentials.attemptsLeft': '{count} attempts left before the account is locked.',
  'credentials.tooManyAttempts': 'Too many attempts. Wait a moment, then try again.',
  'credentials.tooManyAttemptsFor': 'Too many attempts. Wait {seconds} seconds, then try again.',
  'credentials.unreachable':
    'The card service did not answer, so the card is not registered yet. Press Register card to try again.',
  'signedIn.title': 'Signed in as {name}',
  'signedIn.enrolled': 'Your card is registered. Next time, just swipe it.',
  'signedIn.welcome': 'Welcome back.',
  'signedIn.logOut': 'Log out',
  'problem.unreadable_card.title': 'Card could not be read',
  'problem.unreadable_card.body':
    'Swipe the card again, slowly. If this keeps happening, ask your administrator to check the card reader.',
  'problem.tenant_unreachable.title': 'Card service unavailable',
  'problem.tenant_unreachable.body': 'The printer could not reach the card service. Try again in a moment.',
  'problem.account_locked.title': 'Account locked',
  'problem.account_locked.body': 'Too many wrong passwords. Try again later, or ask your administrator.',
  'problem.account_locked.until':
    'Too many wrong passwords. Try again after {time}, or ask your administrator.',
  'problem.card_already_assigned.title': 'Card already registered',
  'problem.card_already_assigned.body':
    'This card is registered to another user. If it is yours, ask your administrator.',
  'problem.enrollment_disabled.title': 'Card registration is off',
  'problem.enrollment_disabled.body':
    'This card is not registered, and registering cards at the printer is turned off. Ask your administrator.',
  'problem.enrollment_expired.title': 'Registration timed out',
  'problem.enrollment_expired.body': 'The registration took too long. Start again to register your card.',
  'problem.terminal_rejected.title': 'Printer not set up',
  'problem.terminal_rejected.body':
    'The card service did not accept this printer. Ask your administrator to check its terminal key.',
  'problem.tenant_rejected.title': 'Request not accepted',
  'problem.tenant_rejected.body':
    'The card service could not process the request. Try again, or ask your administrator.',
  'diagnostics.label': 'Installer view',
  'diagnostics.read': 'Reader sent {read} ({length} characters)',
  'diagnostics.converted': 'Card number {card}',
  'diagnostics.failed': 'Not converted: {reason}',
  'config.title': 'This printer is not set up yet',
  'config.intro': 'The card app cannot start, because its settings file config.json has a problem:',
  'config.unreadable': 'config.json could not be loaded ({detail}).',
  'config.notJson': 'config.json is not valid JSON: {detail}.',
  'config.notObject': 'config.json must hold one object of settings, in braces { }.',
  'config.missing': '{field} is missing.',
  'config.wrongType': '{field} must be {expected}.',
  'config.expected.text': 'text in quotes',
  'config.expected.yesNo': 'true or false',
  'config.expected.number': 'a number',
  'config.expected.group': 'a group of settings in braces { }',
  'config.expected.list': 'a list in brackets [ ]',
  'config.notUrl': '{field} is not a web address.',
  'config.notHttps':
    '{field} must start with https://. Plain http:// is only allowed for this printer itself (localhost).',
  'config.outOfRange': '{field} must be between {min} and {max}.',
  'config.oneOf': '{field} must be one of: {choices}.',
  'config.notSet': '{field} still holds its example value. Enter the value from the portal.',
  'config.chain': '{field} has a mistake at character {position}: {detail}',
  'config.unknownField': '{field} is not a setting of this app. Check its spelling.',
  'config.fix':
    "An installer can correct config.json in the app's folder on the printer (see INSTALL.md), then press Load again.",
  'config.retry': 'Load again',
  'action.retry': 'Try again',
  'action.startAgain': 'Start again',
  'action.back': 'Back',
  'action.ok': 'OK',
  'action.cancel': 'Cancel',
  'timeout.warning': 'Still there? This screen closes soon.',
  'timeout.moreTime': 'More time',
} as const;

/** Every message key of the panel. */
export type MessageKey = keyof typeof en;

/** A catalog: a translation for every key, checked by the compiler. */
export type Catalog = { readonly [K in MessageKey]: string };
