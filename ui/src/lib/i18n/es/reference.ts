// The Spanish catalogue: Labels of the wire values, the validator's problems, the SDGs.

import type { ReferenceMessages } from '../en/reference';
import { n$ } from './words';

export const reference: ReferenceMessages = {
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
  signatoryRow: (n) => `Firmante ${n$(n)}`,
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
    not_whole_number: (a) =>
      `Escriba «${a.field}» como número entero, solo con cifras: sin decimales, signo menos, exponente ni letras.`,
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
