import type { Catalog } from './en';

/** Spanish. */
export const es: Catalog = {
  'language.name': 'Español',
  'idle.title': 'Pase su tarjeta',
  'idle.hint': 'Acerque su tarjeta identificativa al lector para iniciar sesión.',
  'busy.identifying': 'Comprobando la tarjeta…',
  'busy.submitting': 'Registrando la tarjeta…',
  'busy.cancel': 'Cancelar',
  'prompt.title': 'Esta tarjeta no está registrada',
  'prompt.body':
    'Regístrela una vez en su cuenta y, a partir de entonces, bastará con pasarla para iniciar sesión.',
  'prompt.card': 'Tarjeta {card}',
  'prompt.enroll': 'Registro',
  'prompt.cancel': 'Cancelar',
  'credentials.title': 'Registrar tarjeta',
  'credentials.intro': 'Introduzca los datos de su cuenta para registrar la tarjeta {card}.',
  'credentials.username': 'Nombre de usuario',
  'credentials.password': 'Contraseña',
  'credentials.passwordOrOtp': 'Contraseña o código de un solo uso',
  'credentials.otpHint':
    'También sirve un código de un solo uso recibido por correo electrónico o generado en el portal web.',
  'credentials.clientAuthHint':
    'Inicie sesión en el cliente de escritorio para obtener un código de un solo uso e introdúzcalo aquí.',
  'credentials.submit': 'Registrar tarjeta',
  'credentials.cancel': 'Cancelar',
  'credentials.invalid': 'Nombre de usuario o contraseña incorrectos. Inténtelo de nuevo.',
  'credentials.attemptsLeft': 'Intentos restantes antes de que se bloquee la cuenta: {count}.',
  'credentials.tooManyAttempts': 'Demasiados intentos. Espere un momento y vuelva a intentarlo.',
  'credentials.tooManyAttemptsFor': 'Demasiados intentos. Espere {seconds} s y vuelva a intentarlo.',
  'credentials.unreachable':
    'El servicio de tarjetas no respondió, así que la tarjeta aún no está registrada. Pulse Registrar tarjeta para volver a intentarlo.',
  'signedIn.title': 'Sesión iniciada como {name}',
  'signedIn.enrolled': 'Su tarjeta está registrada. La próxima vez, simplemente pásela.',
  'signedIn.welcome': 'Hola de nuevo.',
  'signedIn.logOut': 'Cerrar sesión',
  'problem.unreadable_card.title': 'No se pudo leer la tarjeta',
  'problem.unreadable_card.body':
    'Vuelva a pasar la tarjeta, despacio. Si sigue ocurriendo, pida a su administrador que revise el lector de tarjetas.',
  'problem.tenant_unreachable.title': 'Servicio de tarjetas no disponible',
  'problem.tenant_unreachable.body':
    'La impresora no pudo conectar con el servicio de tarjetas. Inténtelo de nuevo en un momento.',
  'problem.account_locked.title': 'Cuenta bloqueada',
  'problem.account_locked.body':
    'Demasiadas contraseñas incorrectas. Inténtelo más tarde o consulte a su administrador.',
  'problem.account_locked.until':
    'Demasiadas contraseñas incorrectas. Inténtelo de nuevo después de las {time} o consulte a su administrador.',
  'problem.card_already_assigned.title': 'Tarjeta ya registrada',
  'problem.card_already_assigned.body':
    'Esta tarjeta está registrada a nombre de otro usuario. Si es suya, consulte a su administrador.',
  'problem.enrollment_disabled.title': 'El registro de tarjetas está desactivado',
  'problem.enrollment_disabled.body':
    'Esta tarjeta no está registrada y el registro de tarjetas en la impresora está desactivado. Consulte a su administrador.',
  'problem.enrollment_expired.title': 'Se agotó el tiempo de registro',
  'problem.enrollment_expired.body':
    'El registro tardó demasiado. Vuelva a empezar para registrar su tarjeta.',
  'problem.terminal_rejected.title': 'Impresora no configurada',
  'problem.terminal_rejected.body':
    'El servicio de tarjetas no aceptó esta impresora. Pida a su administrador que revise su clave de terminal.',
  'problem.tenant_rejected.title': 'Solicitud no aceptada',
  'problem.tenant_rejected.body':
    'El servicio de tarjetas no pudo procesar la solicitud. Inténtelo de nuevo o consulte a su administrador.',
  'diagnostics.label': 'Vista del instalador',
  'diagnostics.read': 'El lector envió {read} ({length} caracteres)',
  'diagnostics.converted': 'Número de tarjeta {card}',
  'diagnostics.failed': 'Sin convertir: {reason}',
  'config.title': 'Esta impresora aún no está configurada',
  'config.intro':
    'La aplicación de tarjetas no puede iniciarse porque su archivo de configuración config.json tiene un problema:',
  'config.unreadable': 'No se pudo cargar config.json ({detail}).',
  'config.notJson': 'config.json no es un JSON válido: {detail}.',
  'config.notObject': 'config.json debe contener un único objeto de ajustes, entre llaves { }.',
  'config.missing': 'Falta {field}.',
  'config.wrongType': '{field} debe ser {expected}.',
  'config.expected.text': 'texto entre comillas',
  'config.expected.yesNo': 'true o false',
  'config.expected.number': 'un número',
  'config.expected.group': 'un grupo de ajustes entre llaves { }',
  'config.expected.list': 'una lista entre corchetes [ ]',
  'config.notUrl': '{field} no es una dirección web.',
  'config.notHttps':
    '{field} debe empezar por https://. Solo se permite http:// para esta misma impresora (localhost).',
  'config.outOfRange': '{field} debe estar entre {min} y {max}.',
  'config.oneOf': '{field} debe ser uno de estos valores: {choices}.',
  'config.notSet': '{field} aún tiene su valor de ejemplo. Introduzca el valor que figura en el portal.',
  'config.chain': '{field} tiene un error en el carácter {position}: {detail}',
  'config.unknownField': '{field} no es un ajuste de esta aplicación. Revise cómo está escrito.',
  'config.fix':
    'Un instalador puede corregir config.json en la carpeta de la aplicación en la impresora (consulte INSTALL.md) y después pulsar Volver a cargar.',
  'config.retry': 'Volver a cargar',
  'action.retry': 'Reintentar',
  'action.startAgain': 'Empezar de nuevo',
  'action.back': 'Atrás',
  'action.ok': 'Aceptar',
  'action.cancel': 'Cancelar',
  'timeout.warning': '¿Sigue ahí? Esta pantalla se cerrará pronto.',
  'timeout.moreTime': 'Más tiempo',
};
