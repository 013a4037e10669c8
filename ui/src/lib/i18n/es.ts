// El catálogo en español. Terminología de las Naciones Unidas: «compromiso»
// (pledge), PMA, PDSL, PEID, Objetivos de Desarrollo Sostenible (ODS).

import type { Messages } from './en';
import { plural } from './plural';
import { n$, at } from './es/words';
import { reference } from './es/reference';
import { settings } from './es/settings';
import { staff } from './es/staff';
import { closing } from './es/closing';
import { errors } from './es/errors';

const es: Messages = {
  productName: 'Pledge Desk',

  // Encabezado y pestañas
  tabsLabel: 'Secciones de Pledge Desk',
  tabPledge: 'Compromiso',
  tabDrafts: 'Borradores',
  tabSettings: 'Configuración',
  listSeparator: ', ',
  newPledge: 'Nuevo compromiso',
  firstRunHeading: 'Configurar esta computadora',
  firstRunIntro:
    'Para el personal del evento, una vez por computadora: el evento al que sirve esta computadora y el PIN del personal, que abre el modo del personal (revisión, lotes, exportaciones, configuración). Reserve el PIN al personal del evento.',
  firstRunDelegates: '¿Es usted delegado? Pida al personal del evento que configure esta computadora antes de empezar su compromiso.',
  firstRunSubmit: 'Configurar y entregar a los delegados',
  sittingIdleCleared:
    'El formulario se borró tras un tiempo sin actividad. Lo escrito se guarda como borrador para el personal del evento.',
  signatoryNameShort: 'Escriba el nombre completo del firmante: una sola letra no basta.',
  leaveFormHeading: '¿Empezar un nuevo compromiso?',
  leaveFormBody: (name) =>
    `El compromiso en pantalla se guarda como borrador: el personal del evento puede abrirlo en «${name}». Dejará de mostrarse aquí.`,
  leaveFormKeep: 'Seguir escribiendo',
  leaveFormNew: 'Empezar un nuevo compromiso',
  uiLanguage: 'Idioma de Pledge Desk',

  // Estado del guardado
  statusNew: '',
  statusSaving: 'Guardando…',
  statusSaved: (time) => `Guardado · ${time}`,
  statusError: (message) => `No guardado: ${message}`,
  statusDiskFull: 'No guardado: el disco está lleno',

  // Inicio y errores graves
  loading: 'Cargando…',
  storeUnavailableTitle: 'No se pueden abrir sus borradores',
  startupFailedTitle: 'Pledge Desk no pudo iniciarse',
  fatalHint:
    'Sus borradores no se han modificado. Cierre Pledge Desk, siga las indicaciones anteriores y vuelva a abrirlo.',
  unknownError: 'Algo salió mal. Inténtelo de nuevo.',

  // Resumen de lo que falta
  problemSummary: (n) => `${plural('es', n, { one: `Falta ${n$(n)} dato`, other: `Faltan ${n$(n)} datos` })} para poder firmar este compromiso`,
  readyToSign: 'Listo para firmar',
  summaryUnknown: 'Empiece por donde quiera: el borrador se guarda automáticamente mientras escribe.',
  showAllProblems: 'Mostrar todo',
  formLabel: 'Compromiso',
  reviewSign: 'Revisar y firmar',
  reviewSignHint: 'Revise el compromiso con los firmantes y luego fírmelo en este equipo.',
  notSavedYet: 'Los últimos cambios aún no se han guardado. Inténtelo de nuevo en un momento.',

  // Común
  charCount: (n, max) => `${n$(n)} / ${n$(max)}`,
  choose: 'Elegir…',
  remove: 'Quitar',
  optional: '(opcional)',
  required: '(obligatorio)',

  // 1. Descripción general
  aboutHeading: 'Sobre el compromiso',
  aboutIntro: 'Un título breve y una descripción de lo que se hará, en el idioma en que está redactado el compromiso.',
  title: 'Título',
  titleHint: 'Por ejemplo: «Conectar 500 escuelas rurales en la región de los Grandes Lagos».',
  description: 'Descripción',
  descriptionHint: 'Qué se hará, quién lo hará y cómo. Puede completarlo más tarde.',
  language: 'Idioma del texto del compromiso',
  languageOption: (name, tag) => (name === tag ? tag : `${name} (${tag})`),
  languageOther: 'Otro…',
  languageOtherTag: 'Código de idioma',
  languageOtherHint: 'Un código BCP 47, como pt-BR, zh-Hant o yo.',

  // 2. Organizaciones
  pledgersHeading: 'Quién se compromete',
  pledgersIntro:
    'La organización que asume el compromiso y, en su caso, las que se comprometen junto con ella. Marque una como entidad principal.',
  pledgerRow: (n) => `Organización ${n$(n)}`,
  pledgerName: 'Nombre de la organización',
  pledgerKind: 'Tipo de organización',
  pledgerCountry: 'País',
  pledgerCountryNone: 'Las organizaciones internacionales no tienen país.',
  pledgerLead: 'Entidad principal',
  pledgerLeadHint: 'La entidad principal habla en nombre del compromiso.',
  addPledger: 'Añadir una organización asociada',
  removePledger: (n) => `Quitar la organización ${n$(n)}`,
  pledgersMax: (max) => `Un compromiso puede reunir como máximo ${n$(max)} organizaciones.`,

  // 3. Alcance temático
  coverageHeading: 'Qué abarca',
  focusAreas: 'Esferas prioritarias',
  focusAreasHint: 'Elija todas las esferas prioritarias de P2C a las que contribuye el compromiso.',
  supportTypes: 'Tipos de apoyo',
  supportTypesHint: 'Elija todos los tipos de apoyo que ofrece el compromiso.',
  beneficiaries: 'Beneficiarios',
  beneficiariesHint: 'Opcional: los grupos a los que quiere llegar el compromiso.',
  sdgs: 'Objetivos de Desarrollo Sostenible',
  sdgsHint: 'Opcional: los ODS a los que contribuye el compromiso.',

  // 4. Dónde
  whereHeading: 'Dónde',
  scope: 'Ámbito',
  geoCountries: 'Países destinatarios',
  geoCountriesHintGlobal:
    'Opcional para un compromiso mundial: indique países solo si el compromiso se centra en ellos.',
  geoCountriesHint: 'Elija todos los países a los que se dirige el compromiso.',

  // 5. Metas y financiación
  targetsHeading: 'Metas y financiación',
  targetsIntro: 'Las metas medibles ayudan a la secretaría a seguir los avances. Añada todas las que correspondan.',
  targetRow: (n) => `Meta ${n$(n)}`,
  targetMetric: 'Qué se cuenta',
  targetValue: 'Cifra',
  targetUnit: 'Unidad',
  targetUnitHint: 'Qué cuenta una meta de tipo «otro», p. ej., «puntos de acceso instalados».',
  addTarget: 'Añadir una meta',
  removeTarget: (n) => `Quitar la meta ${n$(n)}`,
  targetsMax: (max) => `Un compromiso puede tener como máximo ${n$(max)} metas.`,
  noTargets: 'Aún no hay metas.',
  financialHeading: 'Compromiso financiero',
  financialAmount: 'Importe',
  financialCurrency: 'Moneda',
  currencyOption: (code, name) => `${code} — ${name}`,
  financialDisabled: 'Marque «Financiero» en los tipos de apoyo para indicar un importe.',

  // 6. Cuándo
  whenHeading: 'Cuándo',
  periodStart: 'Fecha de inicio',
  periodEnd: 'Fecha de finalización',
  datePlaceholder: 'AAAA-MM-DD',
  dateHint: 'Año, mes y día, p. ej., 2026-01-31.',

  // 7. Contacto
  contactHeading: 'Contacto',
  contactNote: 'Solo lo utiliza la secretaría de P2C para el seguimiento.',
  contactName: 'Persona de contacto',
  contactEmail: 'Correo electrónico',

  // Selector de países
  countrySearchPlaceholder: 'Escriba el nombre o el código de un país',
  countryChangePlaceholder: 'Escriba para cambiar de país',
  countryAddPlaceholder: 'Escriba para añadir un país',
  countryNoMatch: 'Ningún país coincide.',
  countryClear: (name) => `Quitar ${name}`,
  tagLdc: 'PMA',
  tagLdcTitle: 'País menos adelantado',
  tagLldc: 'PDSL',
  tagLldcTitle: 'País en desarrollo sin litoral',
  tagSids: 'PEID',
  tagSidsTitle: 'Pequeño Estado insular en desarrollo',
  countryUnknown: (code) => `País desconocido (${code})`,

  // Pestaña Borradores
  draftsHeading: 'Borradores',
  deletedHeading: 'Borradores eliminados',
  draftsSearch: 'Buscar borradores',
  draftsSearchPlaceholder: 'Título, organización o país',
  showDeleted: 'Mostrar los borradores eliminados',
  untitled: 'Borrador sin título',
  noPledger: 'Aún sin organización',
  unnamedLead: 'Entidad principal sin nombre',
  withOthers: (lead, others) => (others.length === 0 ? lead : `${lead} · con ${others.join(', ')}`),
  moreCountries: (n) => `+${n$(n)} más`,
  edited: (moment) => `Modificado ${at(moment)}`,
  deletedAt: (moment) => `Eliminado ${at(moment)}`,
  justNow: 'ahora mismo',
  deleteDraft: 'Eliminar',
  deleteDraftLabel: (title) => `Eliminar «${title}»`,
  restoreDraft: 'Restaurar',
  restoreDraftLabel: (title) => `Restaurar «${title}»`,
  draftsEmpty: 'Aún no hay borradores. Empiece un nuevo compromiso y aparecerá aquí.',
  draftsEmptySearch: (text) => `Ningún borrador coincide con «${text}».`,
  deletedEmpty: 'No hay borradores eliminados.',
  draftsLoading: 'Cargando borradores…',
  draftsError: (message) => `No se pudo mostrar la lista de borradores: ${message}`,
  draftsShown: (n, total) =>
    plural('es', total, { one: `${n$(n)} de ${n$(total)} borrador`, other: `${n$(n)} de ${n$(total)} borradores` }),
  showMore: 'Mostrar más',
  draftDeleted: 'Borrador eliminado.',
  draftRestored: 'Borrador restaurado.',
  undo: 'Deshacer',
  dismiss: 'Cerrar',
  actionFailed: (message) => `No se pudo completar la acción: ${message}`,

  // Revisión
  reviewHeading: 'Revisar antes de firmar',
  reviewIntro: 'Esto es exactamente lo que firmarán los firmantes. Léalo con ellos antes de firmar.',
  reviewLoading: 'Preparando la revisión…',
  reviewFailed: (message) => `No se puede revisar el compromiso: ${message}`,
  reviewRetry: 'Reintentar',
  reviewBack: 'Volver a la edición',
  reviewProblems: (n) => `${plural('es', n, { one: `Falta ${n$(n)} dato`, other: `Faltan ${n$(n)} datos` })} para poder firmar este compromiso`,
  reviewProblemsIntro: 'Vuelva al formulario para completarlos. Cada botón le lleva al campo correspondiente.',
  reviewFix: 'Ir al campo',
  reviewFixLabel: (message) => `Ir al campo: ${message}`,
  reviewNoEventTitle: 'Este equipo no está configurado para un evento',
  reviewNoEvent:
    'Cada compromiso firmado registra el evento en que se firmó. Pida al personal del evento que lo indique en Configuración y vuelva aquí.',
  goSettings: 'Abrir Configuración',
  reviewAmends: 'Este compromiso modifica otro anterior',
  reviewAmendsDetail: (id) =>
    `Una vez firmado, sustituye al compromiso ${id}. El compromiso anterior queda registrado.`,
  reviewEvent: (name, id) => (name.trim() ? `${name} (${id})` : id),
  reviewEventLabel: 'Evento',
  reviewContentHeading: 'Lo que se firmará',
  reviewSigners: (n) =>
    plural('es', n, {
      one: 'Firmará un firmante, en nombre de la organización que asume el compromiso.',
      other: `Firmarán ${n$(n)} firmantes, uno por cada organización.`,
    }),
  startSigning: 'Empezar la firma',

  // Detalles del compromiso
  detailLanguage: 'Idioma',
  detailPledgers: 'Organizaciones',
  detailLead: 'Entidad principal',
  detailFocusAreas: 'Esferas prioritarias',
  detailSupportTypes: 'Tipos de apoyo',
  detailScope: 'Ámbito',
  detailCountries: 'Países destinatarios',
  detailBeneficiaries: 'Beneficiarios',
  detailTargets: 'Metas',
  detailFinancial: 'Compromiso financiero',
  detailPeriod: 'Período',
  detailSdgs: 'Objetivos de Desarrollo Sostenible',
  detailContact: 'Contacto',
  detailNone: 'Ninguno',
  detailNoDescription: 'Sin descripción.',
  kindAndCountry: (kind, country) => (country ? `${kind} · ${country}` : kind),
  money: (amount, currency) => `${amount} ${currency}`,
  periodRange: (start, end) => `${start} – ${end}`,
  sdgLabel: (n, name) => `${n$(n)} · ${name}`,

  // Firma
  signingLabel: 'Firma',
  signingProgress: 'Firmantes',
  signingStep: (i, n) => `Paso ${n$(i)} de ${n$(n)}`,
  signingHeading: 'Firma en nombre de:',
  signingIntro: 'La persona que firma por esta organización escribe su nombre y su cargo y luego firma en el recuadro.',
  signatoryName: 'Nombre completo',
  signatoryTitle: 'Cargo o función',
  signatoryTitleHint: 'Por ejemplo: Ministro de TIC o Director General.',
  signature: 'Firma',
  signatureCanvas: 'Área de firma',
  signatureInstruction: 'Firme sobre la línea con el ratón, un lápiz o el dedo. Use «Borrar» para empezar de nuevo.',
  signatureBaseline: 'Firme sobre la línea',
  signatureMark: '×',
  signatureClear: 'Borrar',
  signatureNext: 'Firmar y continuar',
  signatureSeal: 'Firmar y sellar el compromiso',
  signatureNeeds: 'Escriba el nombre y el cargo y firme en el recuadro para continuar.',
  signatureNeedsTyped: 'Escriba el nombre y el cargo para continuar.',
  signatureTyped: 'Escribir mi firma con el teclado',
  signatureTypedHint:
    'El nombre completo escrito arriba se convierte en la firma. Se registra como firma escrita con el teclado.',
  signatureTypedPreview: (name) => `Firma escrita de ${name}`,
  signatureTypedEmpty: 'La firma aparece aquí en cuanto se escribe el nombre completo.',
  signatureTypedNoFont: 'Ninguna fuente de este equipo tiene las letras de este nombre, así que se traza con un alfabeto simplificado.',
  signatureTooComplex: 'Esta firma es demasiado detallada para guardarla. Bórrela y vuelva a firmar de forma más sencilla.',
  signingBackToReview: 'Volver a la revisión',
  signingPrevious: 'Firmante anterior',
  signingDone: 'Firmado',
  signingCurrent: 'Firmando ahora',
  sealing: 'Sellando…',
  sealFailedTitle: 'El compromiso no se firmó',
  sealRetry: 'Reintentar',
  backToForm: 'Volver al formulario',

  // Recibo
  receiptHeading: 'Compromiso firmado',
  receiptIntro: 'Conserve este recibo. La huella identifica exactamente lo que se firmó.',
  receiptFingerprint: 'Huella',
  receiptPledgeId: 'Identificador del compromiso',
  receiptSeq: 'Número de secuencia del dispositivo',
  receiptSignedAt: 'Fecha de la firma',
  receiptEvent: 'Evento',
  receiptAmends: 'Modifica el compromiso',
  receiptPledge: 'El compromiso',
  receiptSignatories: 'Firmantes',
  receiptQrCaption: 'Identificador y huella del contenido',
  receiptQrLabel: 'Código QR del identificador del compromiso y de la huella de su contenido',
  receiptSavePdf: 'Guardar el recibo en PDF',
  receiptSavePath: 'Dónde guardar el PDF (una carpeta o una memoria USB)',
  receiptSaved: 'Recibo guardado:',
  receiptSaveFailed: (message) => `No se pudo guardar el recibo: ${message}`,
  receiptSaveUnwritable: 'No se pudo escribir el archivo en ese lugar. Compruebe que la carpeta existe y que la memoria USB sigue conectada.',
  receiptSaveNoPath: 'Indique dónde guardar el PDF.',
  receiptClose: 'Listo',
  receiptLoading: 'Cargando el recibo…',
  receiptFailed: (message) => `No se puede mostrar el recibo: ${message}`,
  signatureOf: (name) => `Firma de ${name}`,
  signatoryRole: (title, organisation) => `${title}, ${organisation}`,
  signedAtShort: (when) => `Firmado el ${when}`,
  signatureWasTyped: 'Firma escrita con el teclado',

  // Envío de un compromiso firmado
  deliveryPrefix: 'Envío: ',
  delivery: {
    signed: 'Firmado',
    queued: 'En cola',
    sending: 'Enviando',
    sent: 'Enviado',
    received: 'Recibido',
    verified: 'Verificado',
    published: 'Publicado',
    rejected: 'Rechazado',
    conflict: 'Conflicto',
    superseded: 'Sustituido',
  },
  deliveryRejectedBecause: (reason) => `Rechazado — ${reason}`,
  deliveryHints: {
    signed: 'Firmado y guardado aquí hasta que el personal del evento lo revise antes de enviarlo.',
    queued: 'Pendiente de envío a la plataforma de compromisos; saldrá cuando este equipo esté en línea.',
    sending: 'Enviándose ahora a la plataforma de compromisos.',
    sent: 'La plataforma de compromisos ha confirmado la recepción.',
    received: 'La plataforma de compromisos lo ha recibido.',
    verified: 'La plataforma de compromisos lo ha verificado.',
    published: 'Publicado por la plataforma de compromisos.',
    rejected: 'La plataforma de compromisos no lo aceptó.',
    conflict:
      'La plataforma de compromisos tiene otro compromiso con el mismo identificador. Avise al personal del evento.',
    superseded: 'Sustituido por un compromiso modificado.',
  },

  // Borradores firmados y modificaciones
  sealedBanner: 'Firmado: este compromiso ya no se puede editar',
  sealedHint:
    'Para cambiarlo, modifíquelo: se crea un nuevo borrador a partir de este compromiso que, una vez firmado, lo sustituye.',
  sealedContent: 'Lo que se firmó',
  viewReceipt: 'Ver el recibo',
  amend: 'Modificar este compromiso',
  amendBanner: 'Este borrador modifica un compromiso firmado',
  amendHint: (id) => `Una vez firmado, sustituye al compromiso ${id}.`,
  signedBadge: 'Firmado',

  ...settings,
  ...staff,
  ...closing,
  errors,
  ...reference,
};

export default es;
