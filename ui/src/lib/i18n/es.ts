// El catálogo en español. Terminología de las Naciones Unidas: «compromiso»
// (pledge), PMA, PDSL, PEID, Objetivos de Desarrollo Sostenible (ODS).

import type { Messages } from './en';

const es: Messages = {
  productName: 'Pledge Desk',

  // Encabezado y pestañas
  tabsLabel: 'Secciones de Pledge Desk',
  tabPledge: 'Compromiso',
  tabDrafts: 'Borradores',
  tabSettings: 'Configuración',
  newPledge: 'Nuevo compromiso',
  uiLanguage: 'Idioma de Pledge Desk',

  // Estado del guardado
  statusNew: '',
  statusSaving: 'Guardando…',
  statusSaved: (time) => `Guardado · ${time}`,
  statusError: (message) => `No guardado: ${message}`,

  // Inicio y errores graves
  loading: 'Cargando…',
  storeUnavailableTitle: 'No se pueden abrir sus borradores',
  startupFailedTitle: 'Pledge Desk no pudo iniciarse',
  fatalHint:
    'Sus borradores no se han modificado. Cierre Pledge Desk, siga las indicaciones anteriores y vuelva a abrirlo.',
  unknownError: 'Algo salió mal. Inténtelo de nuevo.',

  // Resumen de lo que falta
  problemSummary: (n) =>
    n === 1
      ? 'Falta 1 dato para poder firmar este compromiso'
      : `Faltan ${n} datos para poder firmar este compromiso`,
  readyToSign: 'Listo para firmar',
  summaryUnknown: 'Empiece por donde quiera: el borrador se guarda automáticamente mientras escribe.',
  showAllProblems: 'Mostrar todo',
  formLabel: 'Compromiso',
  reviewSign: 'Revisar y firmar',
  reviewSignHint: 'Revise el compromiso con los firmantes y luego fírmelo en este equipo.',
  notSavedYet: 'Los últimos cambios aún no se han guardado. Inténtelo de nuevo en un momento.',

  // Común
  charCount: (n, max) => `${n} / ${max}`,
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
  pledgerRow: (n) => `Organización ${n}`,
  pledgerName: 'Nombre de la organización',
  pledgerKind: 'Tipo de organización',
  pledgerCountry: 'País',
  pledgerCountryNone: 'Las organizaciones internacionales no tienen país.',
  pledgerLead: 'Entidad principal',
  pledgerLeadHint: 'La entidad principal habla en nombre del compromiso.',
  addPledger: 'Añadir una organización asociada',
  removePledger: (n) => `Quitar la organización ${n}`,
  pledgersMax: (max) => `Un compromiso puede reunir como máximo ${max} organizaciones.`,

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
  targetRow: (n) => `Meta ${n}`,
  targetMetric: 'Qué se cuenta',
  targetValue: 'Cifra',
  targetUnit: 'Unidad',
  targetUnitHint: 'Qué cuenta una meta de tipo «otro», p. ej., «puntos de acceso instalados».',
  addTarget: 'Añadir una meta',
  removeTarget: (n) => `Quitar la meta ${n}`,
  targetsMax: (max) => `Un compromiso puede tener como máximo ${max} metas.`,
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
  moreCountries: (n) => `+${n} más`,
  edited: (when) => `Modificado ${when}`,
  deletedAt: (when) => `Eliminado ${when}`,
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
  reviewProblems: (n) =>
    n === 1
      ? 'Falta 1 dato para poder firmar este compromiso'
      : `Faltan ${n} datos para poder firmar este compromiso`,
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
    n === 1
      ? 'Firmará un firmante, en nombre de la organización que asume el compromiso.'
      : `Firmarán ${n} firmantes, uno por cada organización.`,
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
  sdgLabel: (n, name) => `${n} · ${name}`,

  // Firma
  signingLabel: 'Firma',
  signingProgress: 'Firmantes',
  signingStep: (i, n) => `Paso ${i} de ${n}`,
  signingHeading: 'Firmante por',
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
  receiptSignedAt: 'Firmado el',
  receiptEvent: 'Evento',
  receiptAmends: 'Modifica el compromiso',
  receiptPledge: 'El compromiso',
  receiptSignatories: 'Firmantes',
  receiptQrCaption: 'Identificador y huella del contenido',
  receiptQrLabel: 'Código QR del identificador del compromiso y de la huella de su contenido',
  receiptPrint: 'Imprimir o guardar como PDF',
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
    sent: 'La plataforma de compromisos ha acusado recibo.',
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

  // Configuración
  settingsHeading: 'Configuración',
  settingsLoading: 'Cargando la configuración…',
  settingsFailed: (message) => `No se puede mostrar la configuración: ${message}`,
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

  // Sincronización: barra de estado
  syncBarLabel: 'Sincronización con la plataforma de compromisos',
  connection: {
    online: 'En línea',
    offline: 'Sin conexión',
    unknown: 'Aún sin conectar',
    not_enrolled: 'No inscrito',
  },
  syncPending: (n) => (n === 1 ? '1 pendiente' : `${n} pendientes`),
  syncPendingTitle: (n) =>
    n === 1 ? '1 compromiso firmado está pendiente de envío' : `${n} compromisos firmados están pendientes de envío`,
  syncLast: (time) => `Última sincronización ${time}`,
  syncNever: 'Nunca sincronizado',
  syncRunning: 'Sincronizando…',
  syncProgress: (done, total) => `Enviando compromisos: ${done} de ${total}`,
  syncNextTry: (time) => `Próximo intento ${time}`,
  syncMissing: (n) =>
    `A la plataforma le ${n === 1 ? 'falta 1 compromiso' : `faltan ${n} compromisos`} cuya recepción había confirmado: avise al personal del evento`,
  syncNow: 'Sincronizar ahora',
  syncSetUp: 'Configurar',
  syncSetUpLabel: 'Configurar la conexión con la plataforma de compromisos en Configuración',
  syncSummary: (connection, last, pending) => `${connection} · ${last} · ${pending}`,

  syncErrors: {
    invalid_address: 'La dirección del servidor no es válida: use https://…, o http:// solo para este equipo (localhost).',
    offline: 'No se puede acceder a la plataforma; los compromisos quedan en cola hasta que se pueda.',
    not_platform: 'La dirección responde, pero no como la plataforma de compromisos de P2C: compruebe la dirección o inicie sesión antes en la red.',
    not_enrolled: 'Este equipo aún no está inscrito en la plataforma.',
    bad_answer: 'La respuesta de la plataforma no se puede leer; se volverá a intentar.',
  },

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
    delegate: 'Equipo de delegados',
    staff: 'Equipo del personal',
  },
  serverUrl: 'Dirección del servidor',
  serverUrlPlaceholder: 'https://pledges.example.org',
  serverUrlHint: 'Empieza por https://. http:// sin cifrar solo se admite para este equipo (localhost).',
  enrollCode: 'Código de inscripción',
  enrollCodeHint: 'El código de delegados o de personal del evento, facilitado por el personal del evento.',
  deviceName: 'Nombre del equipo',
  deviceNameDefault: 'Equipo de Pledge Desk',
  deviceNameHint: 'Cómo aparece este equipo en la plataforma, p. ej., «Mostrador de inscripción 2».',
  enroll: 'Conectar',
  enrolling: 'Conectando…',
  enrollConnected: (role) =>
    role === null ? 'Conectado' : `Conectado como equipo ${role === 'staff' ? 'del personal' : 'de delegados'}`,
  enrollNeedsAddress: 'Escriba la dirección del servidor de la plataforma de compromisos.',
  enrollNeedsCode: 'Escriba el código de inscripción facilitado por el personal del evento.',

  // Etiquetas de los valores
  kinds: {
    government: 'Gobierno',
    private_sector: 'Sector privado',
    civil_society: 'Sociedad civil',
    academia: 'Mundo académico',
    international_organization: 'Organización internacional',
    other: 'Otro',
  },

  focusAreaCards: {
    access: {
      title: 'Acceso',
      description: 'Conectar a las personas: infraestructura, cobertura y acceso asequible',
    },
    adoption: {
      title: 'Adopción',
      description: 'Empoderar a las comunidades: competencias digitales, inclusión y uso seguro',
    },
    value_creation: {
      title: 'Creación de valor',
      description: 'Construir ecosistemas digitales: contenidos locales, servicios e innovación',
    },
    investment: {
      title: 'Inversión',
      description: 'Propiciar la inversión: modelos de financiación y seguridad normativa y reglamentaria',
    },
  },

  supportTypeCards: {
    financial: {
      title: 'Financiero',
      description: 'Fondos comprometidos: donaciones, préstamos o inversiones (indique el importe más abajo)',
    },
    policy: {
      title: 'Normativo',
      description: 'Cambios en leyes, reglamentos o políticas públicas',
    },
    advocacy: {
      title: 'Promoción',
      description: 'Sensibilización y movilización de otros actores',
    },
    programmatic: {
      title: 'Programático',
      description: 'Ejecución de proyectos, programas o servicios sobre el terreno',
    },
  },

  scopes: {
    global: 'Mundial',
    regional: 'Regional',
    national: 'Nacional',
  },

  beneficiaryLabels: {
    women_and_girls: 'Mujeres y niñas',
    youth: 'Jóvenes',
    older_persons: 'Personas de edad',
    persons_with_disabilities: 'Personas con discapacidad',
    rural_communities: 'Comunidades rurales',
    indigenous_peoples: 'Pueblos indígenas',
    refugees_and_migrants: 'Refugiados y migrantes',
    smes: 'Pequeñas y medianas empresas',
    general_public: 'Público en general',
  },

  metrics: {
    people_connected: 'Personas conectadas',
    people_trained: 'Personas capacitadas',
    people_reached: 'Personas alcanzadas',
    schools_connected: 'Escuelas conectadas',
    health_facilities_connected: 'Centros de salud conectados',
    population_coverage: 'Población cubierta',
    jobs_created: 'Empleos creados',
    startups_supported: 'Empresas emergentes apoyadas',
    other: 'Otro (especifique)',
  },

  // Problemas señalados por el validador
  fieldInRow: (field, row) => `${field} (${row})`,
  signatoryRow: (n) => `Firmante ${n}`,
  problems: {
    required: (a) => `Complete «${a.field}».`,
    too_short: (a) => `«${a.field}» debe tener al menos ${a.limit} caracteres.`,
    too_long: (a) =>
      a.limit ? `«${a.field}» puede tener como máximo ${a.limit} caracteres.` : `«${a.field}» es demasiado largo.`,
    too_many: (a) => (a.limit ? `«${a.field}»: como máximo ${a.limit}.` : `«${a.field}»: demasiados elementos.`),
    control_characters: (a) => `«${a.field}» contiene caracteres de control invisibles; vuelva a escribirlo.`,
    invalid_language: () => 'El idioma debe ser un código BCP 47, como en, fr o pt-BR.',
    invalid_country: () => 'Elija un país de la lista.',
    country_not_allowed: () => 'Una organización internacional no tiene país; deje este campo vacío.',
    invalid_currency: () => 'Elija una moneda de la lista.',
    invalid_date: (a) => `«${a.field}» debe ser una fecha real (AAAA-MM-DD).`,
    end_before_start: () => 'La fecha de finalización debe ser igual o posterior a la fecha de inicio.',
    no_lead: () => 'Marque una organización como entidad principal.',
    multiple_leads: () => 'Solo una organización puede ser la entidad principal.',
    duplicate: (a) => `«${a.field}»: el mismo elemento está elegido dos veces.`,
    out_of_range: (a) =>
      a.limit ? `«${a.field}» no puede superar ${a.limit}.` : `«${a.field}» está fuera del intervalo admitido.`,
    unit_required: () => 'Indique qué cuenta una meta de tipo «otro» (su unidad).',
    invalid_email: () => 'Escriba una dirección de correo electrónico, como nombre@example.org.',
    unsupported_version: () => 'Este compromiso se creó con una versión más reciente de Pledge Desk.',
    invalid_id: (a) => `«${a.field}» no es un identificador válido.`,
    invalid_timestamp: (a) => `«${a.field}» no es una hora válida.`,
    missing_signatory: () => 'Cada organización firma una vez: un firmante por organización.',
    invalid_drawing: () => 'No se pudo registrar la firma. Bórrela y vuelva a firmar.',
    not_normalised: () => 'El compromiso no está en su forma definitiva. Vuelva al formulario y revíselo de nuevo.',
  },
  problemChoose: (a) => `Elija «${a.field}».`,
  problemChooseSome: (a) => `Elija al menos una opción en «${a.field}».`,

  // Objetivos de Desarrollo Sostenible (A/RES/70/1)
  sdgNames: [
    'Fin de la pobreza',
    'Hambre cero',
    'Salud y bienestar',
    'Educación de calidad',
    'Igualdad de género',
    'Agua limpia y saneamiento',
    'Energía asequible y no contaminante',
    'Trabajo decente y crecimiento económico',
    'Industria, innovación e infraestructura',
    'Reducción de las desigualdades',
    'Ciudades y comunidades sostenibles',
    'Producción y consumo responsables',
    'Acción por el clima',
    'Vida submarina',
    'Vida de ecosistemas terrestres',
    'Paz, justicia e instituciones sólidas',
    'Alianzas para lograr los objetivos',
  ],
  sdgTitles: [
    'Poner fin a la pobreza en todas sus formas en todo el mundo',
    'Poner fin al hambre, lograr la seguridad alimentaria y la mejora de la nutrición y promover la agricultura sostenible',
    'Garantizar una vida sana y promover el bienestar de todos a todas las edades',
    'Garantizar una educación inclusiva y equitativa de calidad y promover oportunidades de aprendizaje permanente para todos',
    'Lograr la igualdad de género y empoderar a todas las mujeres y las niñas',
    'Garantizar la disponibilidad y la gestión sostenible del agua y el saneamiento para todos',
    'Garantizar el acceso a una energía asequible, segura, sostenible y moderna para todos',
    'Promover el crecimiento económico sostenido, inclusivo y sostenible, el empleo pleno y productivo y el trabajo decente para todos',
    'Construir infraestructuras resilientes, promover la industrialización inclusiva y sostenible y fomentar la innovación',
    'Reducir la desigualdad en los países y entre ellos',
    'Lograr que las ciudades y los asentamientos humanos sean inclusivos, seguros, resilientes y sostenibles',
    'Garantizar modalidades de consumo y producción sostenibles',
    'Adoptar medidas urgentes para combatir el cambio climático y sus efectos',
    'Conservar y utilizar sosteniblemente los océanos, los mares y los recursos marinos para el desarrollo sostenible',
    'Proteger, restablecer y promover el uso sostenible de los ecosistemas terrestres, gestionar sosteniblemente los bosques, luchar contra la desertificación, detener e invertir la degradación de las tierras y detener la pérdida de biodiversidad',
    'Promover sociedades pacíficas e inclusivas para el desarrollo sostenible, facilitar el acceso a la justicia para todos y construir a todos los niveles instituciones eficaces e inclusivas que rindan cuentas',
    'Fortalecer los medios de implementación y revitalizar la Alianza Mundial para el Desarrollo Sostenible',
  ],
};

export default es;
