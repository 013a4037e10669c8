// The Spanish catalogue: the end of the event, a staff checklist of what is
// still only on this laptop and the steps that take it off.

import type { ClosingMessages } from '../en/closing';
import { plural } from '../plural';
import { n$ } from './words';

export const closing: ClosingMessages = {
  closing: {
    heading: 'Fin del evento',
    intro:
      'Antes de guardar este equipo, compruebe lo que solo está aquí y póngalo a salvo: sincronice, exporte un paquete y conserve la conciliación.',
    loading: 'Comprobando este equipo…',
    failed: (message) => `No se puede mostrar la lista: ${message}`,
    nothingLeft: 'Ya no queda nada solo en este equipo.',
    left: 'Algunos compromisos o borradores siguen solo en este equipo. Siga la lista de abajo.',
    onlyHereNone: 'Cada compromiso ha llegado a la plataforma o a un paquete',
    listHeading: 'Aún en este equipo',
    held: (n) =>
      plural('es', n, {
        one: `${n$(n)} compromiso retenido para revisión`,
        other: `${n$(n)} compromisos retenidos para revisión`,
      }),
    heldHint: 'Presente sus lotes en la pestaña Lotes, o desactive la retención en Configuración.',
    unsent: (n) =>
      plural('es', n, { one: `${n$(n)} compromiso pendiente de envío`, other: `${n$(n)} compromisos pendientes de envío` }),
    unsentHint: 'Sincronice cuando este equipo esté en línea, o exporte un paquete.',
    refused: (n) =>
      plural('es', n, { one: `${n$(n)} compromiso rechazado o en conflicto`, other: `${n$(n)} compromisos rechazados o en conflicto` }),
    refusedHint: 'La pestaña Revisión muestra el motivo de la plataforma para cada uno.',
    drafts: (n) => plural('es', n, { one: `${n$(n)} borrador sin firmar`, other: `${n$(n)} borradores sin firmar` }),
    draftsHint: 'Ábralos en la pestaña Borradores para que se firmen, o elimínelos.',
    syncHeading: 'Sincronizar con la plataforma',
    syncIntro: 'Envía lo pendiente en cuanto este equipo esté en línea.',
    syncing: 'Sincronizando…',
    syncDone: 'No queda nada pendiente de envío.',
    exportHeading: 'Exportar un paquete con todo lo que aún no tiene recepción confirmada',
    saveHeading: 'Guardar la conciliación',
    saveIntro:
      'Un archivo CSV que enumera cada compromiso y cada borrador sin firmar de este equipo por su identificador, con su situación. Consérvelo con los documentos del evento.',
    save: 'Guardar la conciliación',
    saving: 'Guardando…',
    done: 'Hecho',
  },
};
