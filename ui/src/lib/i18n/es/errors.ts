// El catálogo español: una frase por código de error (ErrorCode).

import type { ErrorParams, Messages } from '../en';
import { plural } from '../plural';
import { n$ } from './words';

const count = (p: ErrorParams, key: string): number => Number(p[key] ?? 0);

export const errors: Messages['errors'] = {
  newer_database: () =>
    'Estos datos los escribió una versión más reciente de Pledge Desk y no se han modificado. Instale la versión más reciente para abrirlos.',
  corrupt_database: (p) =>
    `La base de datos ${p.path ?? ''} está dañada. Se ha dejado como estaba: restaure una copia de seguridad o pida ayuda al servicio de asistencia del evento.`,
  data_dir: () =>
    'No se puede usar la carpeta de datos de Pledge Desk. Compruebe que el disco está conectado y admite escritura, y reinicie Pledge Desk.',
  migration_failed: () =>
    'No se pudo actualizar la base de datos para esta versión de Pledge Desk. No se ha cambiado nada: pida ayuda al servicio de asistencia del evento.',
  database_error: () =>
    'La base de datos informó de un problema. Vuelva a intentarlo; si se repite, copie el diagnóstico para el servicio de asistencia.',
  stored_data_invalid: () =>
    'Algo guardado en esta computadora no se puede leer. Copie el diagnóstico para el servicio de asistencia.',
  disk_full: () =>
    'El disco está lleno: no se puede guardar nada más. Libere espacio en esta computadora (o mueva la carpeta de datos) y vuelva a intentarlo.',
  invalid_cursor: () => 'La lista cambió; vuelve a empezar desde el principio.',
  draft_not_found: () => 'Este borrador ya no está en esta computadora.',
  pledge_not_found: () => 'Este compromiso firmado no está en esta computadora.',
  batch_not_found: () => 'Este lote ya no está en esta computadora.',
  stale_revision: () => 'Este borrador se modificó en otro lugar. Vuelva a abrirlo para seguir desde la última versión.',
  draft_too_large: () => 'El borrador es demasiado grande para guardarlo. Acorte el texto más largo.',
  draft_sealed: () => 'Este borrador ya se firmó y no puede cambiar. Modifique el compromiso mediante una enmienda.',
  not_signable: (p) =>
    plural('es', count(p, 'count'), {
      one: `El compromiso aún no se puede firmar: falta ${n$(count(p, 'count'))} dato por completar.`,
      other: `El compromiso aún no se puede firmar: faltan ${n$(count(p, 'count'))} datos por completar.`,
    }),
  invalid_signatories: () => 'Las firmas están incompletas: cada firmante necesita su nombre completo y su firma.',
  no_event: () => 'Elija el evento al que sirve esta computadora (Configuración) antes de firmar.',
  invalid_event_id: () =>
    'El identificador de un evento tiene de 3 a 64 letras minúsculas, cifras y guiones, p. ej. kigali-2022.',
  key_missing: () =>
    'Falta la clave con la que firma esta computadora. Restaure la carpeta de datos desde una copia de seguridad y pida ayuda al servicio de asistencia.',
  key_unreadable: () =>
    'No se puede leer la clave con la que firma esta computadora. Restaure la carpeta de datos desde una copia de seguridad y pida ayuda al servicio de asistencia.',
  identity_renewed: () => 'Esta computadora acaba de tomar una nueva identidad de dispositivo (se copió de otra). Vuelva a firmar.',
  no_font: () => 'Ninguna fuente de esta computadora puede escribir este nombre. Dibuje la firma en su lugar.',
  empty_signature: () => 'Escriba el nombre con el que firmará.',
  signature_too_large: () => 'Este nombre es demasiado largo para dibujarlo como firma. Dibuje la firma en su lugar.',
  staff_only: () => 'Esto requiere el modo del personal: ábralo con el PIN del personal.',
  staff_locked: () => 'El modo del personal se bloqueó tras un rato sin actividad: vuelva a introducir el PIN.',
  wrong_pin: (p) =>
    plural('es', count(p, 'left'), {
      one: `Ese PIN no es correcto. Queda ${n$(count(p, 'left'))} intento antes de que el modo del personal se bloquee un rato.`,
      other: `Ese PIN no es correcto. Quedan ${n$(count(p, 'left'))} intentos antes de que el modo del personal se bloquee un rato.`,
    }),
  pin_locked_out: () =>
    'Demasiados PIN incorrectos: el modo del personal está bloqueado un rato. Si olvidó el PIN, pídalo al responsable del personal del evento.',
  pin_not_set: () => 'Aún no hay un PIN del personal: establezca uno para abrir el modo del personal.',
  invalid_pin: (p) => `Un PIN del personal tiene de ${p.min ?? ''} a ${p.max ?? ''} cifras.`,
  invalid_batch_name: () => 'El nombre de un lote tiene de 1 a 120 caracteres, p. ej. «Día 1 — sesión de la mañana».',
  already_batched: (p) =>
    `Un compromiso ya está en el lote «${p.batch ?? ''}»; cada compromiso pertenece a un solo lote. Retírelo de allí primero.`,
  batch_submitted: (p) => `El lote «${p.batch ?? ''}» ya se presentó y no puede cambiar.`,
  nothing_to_export: () => 'No hay nada que exportar: no hay ningún compromiso firmado seleccionado.',
  no_path: () => 'Elija dónde guardar el archivo.',
  file_unreadable: (p) =>
    `No se puede leer ${p.path ?? 'el archivo'}. Compruebe que existe y que la memoria USB está conectada.`,
  file_unwritable: (p) =>
    `No se puede escribir ${p.path ?? 'el archivo'}. Elija otra carpeta o compruebe que su unidad (una memoria USB, por ejemplo) está conectada, admite escritura y no está llena.`,
  bundle_too_large: () => 'Este archivo de paquete es demasiado grande. Exporte lotes más pequeños.',
  bundle_invalid: () => 'Este archivo no es un paquete utilizable. No se importó nada.',
  bundle_tampered: () => 'El paquete se modificó después de exportarse. No se importó nada: pida una nueva exportación.',
  bundle_wrong_event: (p) =>
    `El paquete es del evento ${p.bundle ?? ''}, pero esta computadora sirve a ${p.ours ?? ''}. No se importó nada.`,
  bundle_unknown_device: () =>
    'El paquete contiene compromisos de una computadora cuya clave no incluye. No se importó nada: pida una nueva exportación.',
  export_failed: () =>
    'No se pudo hacer la exportación. Vuelva a intentarlo; si falla de nuevo, copie el diagnóstico para el servicio de asistencia.',
  receipt_failed: () => 'No se pudo hacer el recibo. Vuelva a intentarlo o imprímalo desde la pantalla.',
  backup_failed: () =>
    'La copia de seguridad falló; Pledge Desk sigue funcionando. Libere espacio en el disco o compruebe la carpeta de copias.',
  backup_not_found: () => 'Esta copia de seguridad ya no está en la carpeta de copias.',
  backup_damaged: () => 'Esta copia de seguridad está dañada y no se puede usar. Elija otra.',
  invalid_address: () =>
    'La dirección del servidor no es válida: use https://…, o http:// solo para este equipo (localhost).',
  offline: () => 'No se puede acceder a la plataforma; los compromisos quedan en cola hasta que se pueda.',
  not_platform: () =>
    'La dirección responde, pero no como la plataforma de compromisos de P2C: compruebe la dirección o inicie sesión antes en la red.',
  certificate_untrusted: () =>
    'Esta computadora no confía en el certificado de seguridad de la plataforma; los compromisos quedan en cola. Si la plataforma usa una autoridad de certificación privada, pida al servicio informático que la añada a los certificados de confianza de esta computadora y reinicie Pledge Desk.',
  not_enrolled: () => 'Este equipo aún no está inscrito en la plataforma.',
  refused: (p) =>
    `La plataforma se negó (${p.platform_code ?? ''}). Los compromisos siguen en esta computadora; consulte al personal del evento.`,
  platform_trouble: () => 'La plataforma tiene problemas; los compromisos quedan en cola y se volverá a intentar.',
  bad_answer: () => 'La respuesta de la plataforma no se puede leer; se volverá a intentar.',
  local_failure: () => 'Esta computadora no pudo preparar la sincronización; los compromisos quedan en cola. Reinicie Pledge Desk; si se repite, copie el diagnóstico para el servicio de asistencia.',
  internal: () =>
    'Algo falló en Pledge Desk. Vuelva a intentarlo; si se repite, copie el diagnóstico para el servicio de asistencia.',
};
