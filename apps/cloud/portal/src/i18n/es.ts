import type { CatalogOf } from './catalog';

/** Spanish, in the panel's words (tarjeta, registrar, código de un solo uso) and its usted. */
export const es = {
  'app.name': 'Portal de tarjetas',
  'app.documentTitle': '{page} · Portal de tarjetas',
  'app.checking': 'Comprobando si ha iniciado sesión…',

  'nav.label': 'Portal',
  'nav.skip': 'Saltar al contenido',
  'nav.profile': 'Mi perfil',
  'nav.users': 'Usuarios',
  'nav.audit': 'Registro de auditoría',
  'nav.signOut': 'Cerrar sesión',

  'common.retry': 'Reintentar',

  'language.label': 'Idioma',
  'language.unavailable': 'No se pudo cargar {language}. Compruebe su conexión y vuelva a intentarlo.',

  'failure.not_signed_in': 'Su sesión ha terminado. Vuelva a iniciar sesión.',
  'failure.invalid_credentials': 'Nombre de usuario o contraseña incorrectos.',
  'failure.attemptsLeft.one': 'Queda 1 intento antes de que se bloquee la cuenta.',
  'failure.attemptsLeft.many': 'Quedan {count} de intentos antes de que se bloquee la cuenta.',
  'failure.attemptsLeft.other': 'Quedan {count} intentos antes de que se bloquee la cuenta.',
  'failure.account_locked':
    'Esta cuenta está bloqueada por demasiadas contraseñas incorrectas. Inténtelo más tarde o consulte a un administrador.',
  'failure.account_lockedUntil':
    'Esta cuenta está bloqueada por demasiadas contraseñas incorrectas hasta el {time}. Inténtelo de nuevo entonces o consulte a un administrador.',
  'failure.csrf_rejected':
    'El servicio de tarjetas rechazó esta solicitud de una página antigua. Vuelva a cargar la página e inténtelo de nuevo.',
  'failure.forbidden': 'Solo los administradores pueden hacer esto.',
  'failure.not_found': 'Esto ya no existe. Puede que se haya eliminado mientras tanto.',
  'failure.card_already_assigned': 'Esta tarjeta ya está registrada a nombre de otro usuario.',
  'failure.card_limit_reached':
    'Ya está registrado el máximo de tarjetas permitido. Quite primero una tarjeta.',
  'failure.invalid_card_number': 'El servicio de tarjetas no acepta este número de tarjeta.',
  'failure.invalid_request':
    'El servicio de tarjetas no pudo procesar esta solicitud. Vuelva a cargar la página e inténtelo de nuevo.',
  'failure.handover_expired': 'Este código ha caducado. Empiece de nuevo en la impresora.',
  'failure.too_many_attempts':
    'Demasiados intentos fallidos desde aquí. Espere un momento y vuelva a intentarlo.',
  'failure.weak_password':
    'Esta contraseña es demasiado débil: al menos 12 caracteres y que no sea una contraseña común.',
  'failure.wrong_password': 'La contraseña actual es incorrecta.',
  'failure.conflict': 'No es posible: el nombre ya existe o no quedaría ningún administrador.',
  'failure.service_unavailable':
    'El directorio de la organización no está disponible en este momento. Vuelva a intentarlo en un momento.',
  'failure.unreachable': 'El servicio de tarjetas no respondió. Compruebe su conexión y vuelva a intentarlo.',
  'failure.server':
    'El servicio de tarjetas tuvo un problema (error {status}). Inténtelo de nuevo en un momento.',
  'failure.malformed_response':
    'El servicio de tarjetas envió una respuesta que esta página no puede leer. Vuelva a cargar la página e inténtelo de nuevo.',
  'failure.unexpected': 'Algo ha fallado en esta página. Vuelva a cargar la página e inténtelo de nuevo.',

  'crash.title': 'Esta página ha dejado de funcionar',
  'crash.body': 'Algo ha fallado al mostrar esta página. No se ha cambiado nada.',
  'crash.home': 'Ir a Mi perfil',

  'signIn.title': 'Iniciar sesión',
  'signIn.username': 'Nombre de usuario',
  'signIn.password': 'Contraseña',
  'signIn.submit': 'Iniciar sesión',
  'signIn.submitting': 'Iniciando sesión…',
  'signIn.missing': 'Introduzca su nombre de usuario y su contraseña.',
  'signIn.reload':
    'El servicio de tarjetas no aceptó este inicio de sesión. Vuelva a cargar la página e inicie sesión de nuevo.',
  'signIn.unreachable':
    'El servicio de tarjetas no respondió. Compruebe su conexión e inicie sesión de nuevo.',
  'signIn.ended': 'Su sesión ha terminado. Vuelva a iniciar sesión para continuar.',
  'signIn.signedOut': 'Ha cerrado la sesión.',
  'signIn.signOutUnconfirmed':
    'Ha cerrado la sesión en esta página, pero el servicio de tarjetas no lo ha confirmado. Cierre el navegador para asegurarse.',

  'profile.title': 'Mi perfil',
  'profile.signedInAs': 'Sesión iniciada como {name} ({username}).',
  'profile.cards': 'Tarjetas',
  'profile.noCards':
    'Aún no tiene tarjetas. Acerque una tarjeta identificativa no registrada al lector de tarjetas de una impresora para registrarla.',
  'profile.removeConsequence': 'Dejará de iniciarle sesión en las impresoras.',
  'profile.storageNote':
    'Las tarjetas registradas en una impresora o aquí las guarda este servicio de tarjetas; si el directorio de su organización proporciona números de tarjeta, no se escriben de vuelta en él.',

  'cards.loading': 'Cargando tarjetas…',
  'cards.number': 'Tarjeta',
  'cards.source': 'Origen',
  'cards.source.panel': 'Registro en la impresora',
  'cards.source.portal': 'Añadida en el portal',
  'cards.source.directory': 'Importada del directorio',
  'cards.enrolledAt': 'Registrada',
  'cards.terminal': 'Terminal',
  'cards.noTerminal': '—',
  'cards.remove': 'Quitar',
  'cards.removeLabel': 'Quitar la tarjeta {card}',
  'cards.removeQuestion': '¿Quitar la tarjeta {card}?',
  'cards.removeConfirm': 'Quitar tarjeta',
  'cards.removing': 'Quitando…',
  'cards.keep': 'Conservar tarjeta',
  'cards.removed': 'Tarjeta {card} quitada.',
  'cards.removeFailed': 'No se ha quitado la tarjeta {card}.',

  'otp.title': 'Código de un solo uso',
  'otp.introSelf':
    'Úselo en lugar de su contraseña para registrar una tarjeta en una impresora, por ejemplo si no tiene contraseña propia.',
  'otp.introUser':
    'Para un usuario que no puede usar una contraseña en la impresora. Entrégueselo en persona o por correo electrónico.',
  'otp.generate': 'Generar código de un solo uso',
  'otp.emailPreview': 'Vista previa del correo',
  'otp.issuing': 'Generando un código de un solo uso…',
  'otp.label': 'Nuevo código de un solo uso',
  'otp.validUntil': 'Válido hasta el {time}.',
  'otp.once': 'Sirve una sola vez y solo se muestra ahora: anótelo o cópielo. Uno nuevo lo sustituye.',
  'otp.copy': 'Copiar',
  'otp.copied': 'Copiado.',
  'otp.copyFailed': 'Este navegador no ha permitido copiar. Seleccione el código y cópielo a mano.',
  'otp.hide': 'Ocultar',

  'email.title': 'Vista previa del correo',
  'email.notSent': 'Este servicio no envía correos: esto es lo que diría el correo.',
  'email.to': 'Para',
  'email.subject': 'Asunto',
  'email.text': 'Texto',

  'users.title': 'Usuarios',
  'users.search': 'Buscar por nombre de usuario o nombre visible',
  'users.searchButton': 'Buscar',
  'users.loading': 'Cargando usuarios…',
  'users.count.one': '1 usuario.',
  'users.count.many': '{count} de usuarios.',
  'users.count.other': '{count} usuarios.',
  'users.countFor.one': '1 usuario coincide con «{query}».',
  'users.countFor.many': '{count} de usuarios coinciden con «{query}».',
  'users.countFor.other': '{count} usuarios coinciden con «{query}».',
  'users.caption': 'Usuarios',
  'users.username': 'Nombre de usuario',
  'users.displayName': 'Nombre visible',
  'users.cards': 'Tarjetas',
  'users.state': 'Cuenta',
  'users.active': 'Activa',
  'users.lockedUntil': 'Bloqueada hasta el {time}',

  'user.titleLoading': 'Usuario',
  'user.title': 'Tarjetas de {name}',
  'user.back': '← Todos los usuarios',
  'user.loading': 'Cargando el usuario…',
  'user.notFound': 'Este usuario no existe. Puede que se haya eliminado del directorio.',
  'user.username': 'Nombre de usuario',
  'user.email': 'Correo electrónico',
  'user.noEmail': 'ninguno',
  'user.account': 'Cuenta',
  'user.unlock': 'Desbloquear',
  'user.unlocking': 'Desbloqueando…',
  'user.unlocked': 'Cuenta desbloqueada. El usuario puede volver a iniciar sesión.',
  'user.cards': 'Tarjetas',
  'user.noCards': 'Este usuario no tiene tarjetas registradas.',
  'user.removeConsequence': 'Dejará de iniciar la sesión de {name} en las impresoras.',

  'addCard.label': 'Número de tarjeta',
  'addCard.hint':
    'Tal como lo guarda el servicio de tarjetas: los dígitos 0–9 y las letras A–F, hasta {max} caracteres.',
  'addCard.submit': 'Añadir tarjeta',
  'addCard.adding': 'Añadiendo…',
  'addCard.empty': 'Introduzca el número de tarjeta.',
  'addCard.notHex':
    'Un número de tarjeta solo tiene los dígitos 0–9 y las letras A–F (sin espacios ni otros signos).',
  'addCard.tooLong': 'Un número de tarjeta tiene como máximo {max} caracteres.',
  'addCard.alreadyAssigned':
    'Esta tarjeta ya está registrada a nombre de otro usuario. Quítela primero allí si ahora pertenece a este usuario.',
  'addCard.limitReached':
    'Este usuario ya tiene el máximo de tarjetas permitido. Quite primero una de sus tarjetas.',
  'addCard.invalid':
    'El servicio de tarjetas no acepta este número de tarjeta. Revíselo e inténtelo de nuevo.',
  'addCard.added': 'Tarjeta {card} añadida.',

  'audit.title': 'Registro de auditoría',
  'audit.loading': 'Cargando eventos…',
  'audit.empty': 'Todavía no hay eventos.',
  'audit.caption': 'Eventos de auditoría, los más recientes primero',
  'audit.pageOf': 'Página {page}, los más recientes primero.',
  'audit.paging': 'Páginas del registro de auditoría',
  'audit.newer': 'Más recientes',
  'audit.older': 'Más antiguos',
  'audit.when': 'Cuándo',
  'audit.what': 'Qué',
  'audit.who': 'Quién',
  'audit.forWhom': 'Para quién',
  'audit.terminal': 'Terminal',
  'audit.detail': 'Detalle',
  'audit.none': '—',
  'audit.kind.card_enrolled': 'Tarjeta registrada en una impresora',
  'audit.kind.card_added': 'Tarjeta añadida en el portal',
  'audit.kind.card_removed': 'Tarjeta quitada',
  'audit.kind.card_replaced': 'Tarjeta sustituida',
  'audit.kind.card_imported': 'Tarjeta importada del directorio',
  'audit.kind.enroll_failed': 'Registro fallido',
  'audit.kind.account_locked': 'Cuenta bloqueada',
  'audit.kind.account_unlocked': 'Cuenta desbloqueada',
  'audit.kind.otp_issued': 'Código de un solo uso emitido',
  'audit.kind.portal_login': 'Inicio de sesión en el portal',
  'audit.kind.handover_confirmed': 'Tarjeta vinculada desde un teléfono',
  'audit.kind.portal_login_failed': 'Inicio de sesión en el portal rechazado',
  'audit.kind.terminal_key_refused': 'Clave de terminal rechazada',
  'audit.kind.user_created': 'Cuenta creada',
  'audit.kind.user_updated': 'Cuenta modificada',
  'audit.kind.user_disabled': 'Cuenta desactivada',
  'audit.kind.user_enabled': 'Cuenta activada',
  'audit.kind.user_deleted': 'Cuenta eliminada',
  'audit.kind.password_changed': 'Contraseña cambiada por su titular',
  'audit.kind.password_set': 'Contraseña establecida por un administrador',
  'audit.kind.sessions_ended': 'Sesión cerrada en todas partes',
  'audit.kind.terminal_added': 'Terminal añadido',
  'audit.kind.terminal_revoked': 'Terminal revocado',

  'link.title': 'Vincular una tarjeta',
  'link.signInPurpose': 'Inicie sesión para registrar en su cuenta la tarjeta que espera en la impresora.',
  'link.codeIntro': 'La impresora muestra un código corto junto a su código QR.',
  'link.codeLabel': 'Código de la impresora',
  'link.codeHint': '6 caracteres, por ejemplo K7P-3QX. El guion y las mayúsculas no importan.',
  'link.continue': 'Continuar',
  'link.invalidCode':
    'Eso no es un código de la impresora. Los códigos tienen 6 letras y dígitos, por ejemplo K7P-3QX.',
  'link.unknownCode':
    'Ninguna impresora espera este código. Compruebe el código en la impresora e introdúzcalo de nuevo.',
  'link.loading': 'Buscando el código {code}…',
  'link.question': '¿Registrar la tarjeta {card} en {terminal} a nombre de {name}?',
  'link.questionNoTerminal': '¿Registrar la tarjeta {card} a nombre de {name}?',
  'link.expiresAt': 'La impresora espera hasta las {time}.',
  'link.confirm': 'Confirmar',
  'link.confirming': 'Registrando la tarjeta…',
  'link.deny': 'Rechazar',
  'link.denying': 'Avisando a la impresora…',
  'link.anotherCode': 'Introducir otro código',
  'link.toProfile': 'Ir a Mi perfil',
  'link.done.confirmed.title': 'Tarjeta registrada',
  'link.done.confirmed.body':
    'Vuelva a la impresora: le iniciará la sesión. A partir de ahora, simplemente pase la tarjeta.',
  'link.done.denied.title': 'Tarjeta no registrada',
  'link.done.denied.body':
    'Ha dicho que no, así que la impresora deja de esperar. Si fue un error, empiece de nuevo en la impresora.',
  'link.done.expired.title': 'Este código ha caducado',
  'link.done.expired.body':
    'Un código sirve durante 5 minutos. Vuelva a pasar la tarjeta por la impresora para obtener uno nuevo.',
  'link.done.taken.title': 'Esta tarjeta es de otra persona',
  'link.done.taken.body':
    'La tarjeta está registrada a nombre de otro usuario, así que no se ha registrado a su nombre. Si es su tarjeta, consulte a un administrador.',
  'link.done.limit.title': 'Ya tiene el máximo de tarjetas permitido',
  'link.done.limit.body': 'Quite una tarjeta en Mi perfil y empiece de nuevo en la impresora.',

  'notFound.title': 'Página no encontrada',
  'notFound.body': 'No hay ninguna página en esta dirección.',
  'forbidden.title': 'Solo para administradores',
  'forbidden.body':
    'Esta página es para administradores. Su cuenta puede ver sus propias tarjetas en Mi perfil.',
} as const satisfies CatalogOf<'es'>;
