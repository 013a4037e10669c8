// The Spanish catalogue: Settings, backups and support; sync with the platform and enrolment.

import type { SettingsMessages } from '../en/settings';
import { plural } from '../plural';
import { n$, at } from './words';

export const settings: SettingsMessages = {
  // Configuración
  settingsHeading: 'Configuración',
  settingsLoading: 'Cargando la configuración…',
  settingsFailed: (message) => `No se puede mostrar la configuración: ${message}`,

  // Settings › Backups and Support
  supportHeading: 'Asistencia',
  supportIntro: 'Lo que el personal de asistencia necesita cuando algo falla. Los diagnósticos nunca contienen datos de contacto, tokens ni claves.',
  logFolder: 'Carpeta de registros',
  logsWriting: 'Aquí se escribe un archivo de registro cada día; se conservan los 7 últimos.',
  logsNotWritten: 'No se pueden escribir los registros, así que el personal de asistencia tendrá menos información. Pledge Desk sigue funcionando. Motivo:',
  copyDiagnostics: 'Copiar diagnósticos',
  diagnosticsCopied: 'Diagnósticos copiados al portapapeles.',
  diagnosticsFallback: 'El portapapeles no está disponible: seleccione este texto y cópielo.',
  diagnosticsFailed: (message) => `No se pueden generar los diagnósticos: ${message}`,
  backupsHeading: 'Copias de seguridad',
  backupsIntro: 'Pledge Desk copia su base de datos en la carpeta de copias cada 5 minutos mientras algo cambia, y al cerrarse. Cada copia se comprueba; se conservan las 10 más recientes.',
  backupsFolder: 'Carpeta de copias',
  backupsLast: 'Última copia',
  backupsNone: 'Ninguna todavía',
  backupFailed: 'La última copia de seguridad falló; Pledge Desk sigue funcionando. Libere espacio en disco o revise la carpeta. Motivo:',
  snapshotsUnreadable: 'No se puede leer la carpeta de copias. Motivo:',
  backupNow: 'Hacer copia ahora',
  backingUp: 'Haciendo la copia…',
  backupDone: 'Copia realizada.',
  snapshotsCaption: 'Copias de seguridad de este portátil, de la más reciente a la más antigua',
  snapshotTaken: 'Fecha',
  snapshotSize: 'Tamaño',
  snapshotRestore: 'Restaurar…',
  restoreConfirm: (time) => `¿Restaurar la copia del ${time}? Lo que se guardó después no estará en la base restaurada. La base actual se conserva al lado como un archivo aparte y nunca se elimina.`,
  restoreYes: 'Restaurar esta copia',
  restoreCancel: 'Cancelar',
  restorePending: 'La copia elegida sustituirá la base de datos cuando Pledge Desk se reinicie.',
  restartNow: 'Reiniciar ahora',
  restoredAtStart: 'Se restauró una copia de seguridad al iniciar Pledge Desk; la base anterior se conservó como un archivo aparte.',
  fatalBackupOffer: (time) => `Una copia del ${time} superó su comprobación. Restaurarla recupera todo lo guardado hasta entonces; el archivo dañado se aparta, no se elimina.`,
  fatalRestore: 'Restaurar esta copia y reiniciar',
  eventHeading: 'Evento',
  eventIntro: 'El evento en el que se usa este equipo. Cada compromiso firmado aquí lo registra.',
  eventId: 'Identificador del evento',
  eventIdPlaceholder: 'kigali-2022',
  eventIdHint: 'letras minúsculas, cifras y guiones',
  eventName: 'Nombre del evento',
  eventNamePlaceholder: 'Mesa redonda de P2C sobre desarrollo digital',
  eventSave: 'Guardar',
  eventSaving: 'Guardando…',
  eventSaved: 'Guardado',
  eventNotSet: 'Aún no hay ningún evento: no se pueden firmar compromisos en este equipo hasta que se indique uno.',
  deviceHeading: 'Este dispositivo',
  deviceId: 'Identificador del dispositivo',
  deviceFingerprint: 'Huella de la clave',
  devicePublicKey: 'Clave pública',
  deviceKeyNote:
    'Los compromisos firmados aquí llevan la firma de este equipo. La clave privada nunca sale de este equipo; la plataforma de compromisos verifica las firmas con la clave pública.',
  deviceRetiredHeading: 'Identidades anteriores de este equipo',
  deviceRetiredNote:
    'Este equipo tomó una nueva identidad de dispositivo. Las claves anteriores se conservan en este equipo, y los compromisos firmados con ellas no cambian y siguen siendo verificables.',
  deviceRetiredReason: {
    other_machine: 'La carpeta de datos venía de otra computadora (copia de una imagen de disco).',
    device_seq_reused: 'La plataforma de compromisos vio a otro equipo firmar como este.',
  },
  deviceRetiredAt: 'Fecha de retiro',

  // Sincronización: barra de estado
  syncBarLabel: 'Sincronización con la plataforma de compromisos',
  connection: {
    online: 'En línea',
    offline: 'Sin conexión',
    unknown: 'Aún sin conectar',
    not_enrolled: 'No inscrito',
  },
  syncPending: (n) => plural('es', n, { one: `${n$(n)} pendiente`, other: `${n$(n)} pendientes` }),
  syncPendingTitle: (n) =>
    plural('es', n, {
      one: `${n$(n)} compromiso firmado está pendiente de envío`,
      other: `${n$(n)} compromisos firmados están pendientes de envío`,
    }),
  syncHeld: (n) => plural('es', n, { one: `${n$(n)} retenido`, other: `${n$(n)} retenidos` }),
  syncHeldTitle: (n) =>
    plural('es', n, {
      one: `${n$(n)} compromiso firmado está retenido para que lo revise el personal: solo está en esta computadora hasta que se presente su lote`,
      other: `${n$(n)} compromisos firmados están retenidos para que los revise el personal: solo están en esta computadora hasta que se presente su lote`,
    }),
  syncLast: (moment) => `Última sincronización ${at(moment)}`,
  syncNever: 'Nunca sincronizado',
  syncRunning: 'Sincronizando…',
  syncProgress: (done, total) => `Enviando compromisos: ${n$(done)} de ${n$(total)}`,
  syncNextTry: (moment) => `Próximo intento ${at(moment)}`,
  syncRequeued: (n) =>
    plural('es', n, {
      one: `Se volvió a enviar ${n$(n)} compromiso que la plataforma había perdido`,
      many: `Se volvieron a enviar ${n$(n)} compromisos que la plataforma había perdido`,
      other: `Se volvieron a enviar ${n$(n)} compromisos que la plataforma había perdido`,
    }),
  syncMissing: (n) =>
    `A la plataforma le ${plural('es', n, { one: `falta ${n$(n)} compromiso`, other: `faltan ${n$(n)} compromisos` })} cuya recepción había confirmado: avise al personal del evento`,
  syncNow: 'Sincronizar ahora',
  syncSetUp: 'Configurar',
  syncSetUpLabel: 'Configurar la conexión con la plataforma de compromisos en Configuración',
  syncSummary: (connection, last, pending) => `${connection} · ${last} · ${pending}`,


  // Sincronización: Configuración
  platformHeading: 'Plataforma central',
  platformIntro:
    'Los compromisos firmados se envían a la plataforma de compromisos de P2C cada vez que este equipo está en línea. Mientras tanto, se guardan de forma segura en este equipo.',
  platformStatus: 'Estado',
  platformError: 'Último problema',
  platformAddress: 'Dirección del servidor',
  platformRole: 'Este equipo',
  platformLoading: 'Cargando la configuración de la conexión…',
  platformFailed: (message) => `No se puede mostrar la configuración de la conexión: ${message}`,
  platformNotEnrolled:
    'Este equipo aún no está conectado a una plataforma de compromisos: los compromisos se guardan aquí hasta entonces.',
  platformReconnect:
    'Para conectarse a otra plataforma, o de nuevo con un código nuevo, rellene el formulario siguiente.',
  roleLabels: {
    delegate: 'Computadora de los delegados',
    staff: 'Computadora del personal',
  },
  serverUrl: 'Dirección del servidor',
  serverUrlPlaceholder: 'https://pledges.example.org',
  serverUrlHint: 'Empieza por https://. http:// sin cifrar solo se admite para este equipo (localhost).',
  enrollCode: 'Código de inscripción',
  enrollCodeHint: 'El código de delegados o de personal del evento, facilitado por el personal del evento.',
  deviceName: 'Nombre del equipo',
  deviceNameDefault: 'Computadora Pledge Desk',
  deviceNameHint: 'Cómo aparece este equipo en la plataforma, p. ej., «Mostrador de inscripción 2».',
  enroll: 'Conectar',
  enrolling: 'Conectando…',
  enrollConnected: (role) =>
    role === null ? 'Conectado' : `Conectado como computadora ${role === 'staff' ? 'del personal' : 'de los delegados'}`,
  enrollNeedsAddress: 'Escriba la dirección del servidor de la plataforma de compromisos.',
  enrollNeedsCode: 'Escriba el código de inscripción facilitado por el personal del evento.',
};
