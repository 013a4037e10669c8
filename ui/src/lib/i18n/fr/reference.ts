// The French catalogue: Labels of the wire values, the validator's problems, the SDGs.

import type { ReferenceMessages } from '../en/reference';
import { n$ } from './words';

export const reference: ReferenceMessages = {
  // Libellés des valeurs
  kinds: {
    government: 'Gouvernement',
    private_sector: 'Secteur privé',
    civil_society: 'Société civile',
    academia: 'Milieu universitaire',
    international_organization: 'Organisation internationale',
    other: 'Autre',
  },

  focusAreaCards: {
    access: {
      title: 'Accès',
      description: 'Connecter les personnes : infrastructures, couverture et accès abordable',
    },
    adoption: {
      title: 'Adoption',
      description: 'Autonomiser les communautés : compétences numériques, inclusion et utilisation sûre',
    },
    value_creation: {
      title: 'Création de valeur',
      description: 'Bâtir des écosystèmes numériques : contenus locaux, services et innovation',
    },
    investment: {
      title: 'Investissement',
      description: 'Favoriser l’investissement : modèles de financement, sécurité politique et réglementaire',
    },
  },

  supportTypeCards: {
    financial: {
      title: 'Financier',
      description: 'Fonds engagés : dons, prêts ou investissements (indiquez le montant plus bas)',
    },
    policy: {
      title: 'Politique',
      description: 'Modifications de lois, de réglementations ou de politiques publiques',
    },
    advocacy: {
      title: 'Plaidoyer',
      description: 'Sensibilisation et mobilisation d’autres acteurs',
    },
    programmatic: {
      title: 'Programmes',
      description: 'Mise en œuvre de projets, de programmes ou de services sur le terrain',
    },
  },

  scopes: {
    global: 'Mondiale',
    regional: 'Régionale',
    national: 'Nationale',
  },

  beneficiaryLabels: {
    women_and_girls: 'Femmes et filles',
    youth: 'Jeunes',
    older_persons: 'Personnes âgées',
    persons_with_disabilities: 'Personnes handicapées',
    rural_communities: 'Communautés rurales',
    indigenous_peoples: 'Peuples autochtones',
    refugees_and_migrants: 'Réfugiés et migrants',
    smes: 'Petites et moyennes entreprises',
    general_public: 'Grand public',
  },

  metrics: {
    people_connected: 'Personnes connectées',
    people_trained: 'Personnes formées',
    people_reached: 'Personnes touchées',
    schools_connected: 'Écoles connectées',
    health_facilities_connected: 'Établissements de santé connectés',
    population_coverage: 'Population couverte',
    jobs_created: 'Emplois créés',
    startups_supported: 'Jeunes pousses soutenues',
    other: 'Autre (préciser)',
  },

  // Problèmes signalés par le validateur
  fieldInRow: (field, row) => `${field} (${row})`,
  signatoryRow: (n) => `Signataire ${n$(n)}`,
  problems: {
    required: (a) => `Renseignez « ${a.field} ».`,
    too_short: (a) => `« ${a.field} » doit comporter au moins ${a.limit} caractères.`,
    too_long: (a) =>
      a.limit ? `« ${a.field} » peut comporter au plus ${a.limit} caractères.` : `« ${a.field} » est trop long.`,
    too_many: (a) => (a.limit ? `« ${a.field} » : ${a.limit} au maximum.` : `« ${a.field} » : trop d’éléments.`),
    control_characters: (a) => `« ${a.field} » contient des caractères de contrôle invisibles ; saisissez-le de nouveau.`,
    invalid_language: () => 'La langue doit être un code BCP 47, par exemple en, fr ou pt-BR.',
    invalid_country: () => 'Choisissez un pays dans la liste.',
    country_not_allowed: () => 'Une organisation internationale n’a pas de pays ; laissez ce champ vide.',
    invalid_currency: () => 'Choisissez une monnaie dans la liste.',
    invalid_date: (a) => `« ${a.field} » doit être une date réelle (AAAA-MM-JJ).`,
    end_before_start: () => 'La date de fin doit être identique ou postérieure à la date de début.',
    no_lead: () => 'Désignez une organisation comme chef de file.',
    multiple_leads: () => 'Une seule organisation peut être chef de file.',
    duplicate: (a) => `« ${a.field} » : le même élément est choisi deux fois.`,
    out_of_range: (a) =>
      a.limit ? `« ${a.field} » ne peut pas dépasser ${a.limit}.` : `« ${a.field} » est hors des limites admises.`,
    not_whole_number: (a) =>
      `Saisissez « ${a.field} » en nombre entier, uniquement en chiffres : sans décimales, signe moins, exposant ni lettres.`,
    unit_required: () => 'Précisez ce que compte une cible « autre » (son unité).',
    invalid_email: () => 'Saisissez une adresse électronique, par exemple nom@example.org.',
    unsupported_version: () => 'Cet engagement a été créé par une version plus récente de Pledge Desk.',
    invalid_id: (a) => `« ${a.field} » n’est pas un identifiant valide.`,
    invalid_timestamp: (a) => `« ${a.field} » n’est pas une heure valide.`,
    missing_signatory: () => 'Chaque organisation signe une fois : un signataire par organisation.',
    invalid_drawing: () => 'La signature n’a pas pu être enregistrée. Effacez-la et signez de nouveau.',
    not_normalised: () =>
      'L’engagement n’est pas sous sa forme définitive. Revenez au formulaire et vérifiez-le de nouveau.',
  },
  problemChoose: (a) => `Choisissez « ${a.field} ».`,
  problemChooseSome: (a) => `Choisissez au moins un élément sous « ${a.field} ».`,

  // Objectifs de développement durable (A/RES/70/1)
  sdgNames: [
    'Pas de pauvreté',
    'Faim « zéro »',
    'Bonne santé et bien-être',
    'Éducation de qualité',
    'Égalité entre les sexes',
    'Eau propre et assainissement',
    'Énergie propre et d’un coût abordable',
    'Travail décent et croissance économique',
    'Industrie, innovation et infrastructure',
    'Inégalités réduites',
    'Villes et communautés durables',
    'Consommation et production responsables',
    'Mesures relatives à la lutte contre les changements climatiques',
    'Vie aquatique',
    'Vie terrestre',
    'Paix, justice et institutions efficaces',
    'Partenariats pour la réalisation des objectifs',
  ],
  sdgTitles: [
    'Éliminer la pauvreté sous toutes ses formes et partout dans le monde',
    'Éliminer la faim, assurer la sécurité alimentaire, améliorer la nutrition et promouvoir l’agriculture durable',
    'Permettre à tous de vivre en bonne santé et promouvoir le bien-être de tous à tout âge',
    'Assurer l’accès de tous à une éducation de qualité, sur un pied d’égalité, et promouvoir les possibilités d’apprentissage tout au long de la vie',
    'Parvenir à l’égalité des sexes et autonomiser toutes les femmes et les filles',
    'Garantir l’accès de tous à des services d’alimentation en eau et d’assainissement gérés de façon durable',
    'Garantir l’accès de tous à des services énergétiques fiables, durables et modernes, à un coût abordable',
    'Promouvoir une croissance économique soutenue, partagée et durable, le plein emploi productif et un travail décent pour tous',
    'Bâtir une infrastructure résiliente, promouvoir une industrialisation durable qui profite à tous et encourager l’innovation',
    'Réduire les inégalités dans les pays et d’un pays à l’autre',
    'Faire en sorte que les villes et les établissements humains soient ouverts à tous, sûrs, résilients et durables',
    'Établir des modes de consommation et de production durables',
    'Prendre d’urgence des mesures pour lutter contre les changements climatiques et leurs répercussions',
    'Conserver et exploiter de manière durable les océans, les mers et les ressources marines aux fins du développement durable',
    'Préserver et restaurer les écosystèmes terrestres, en veillant à les exploiter de façon durable, gérer durablement les forêts, lutter contre la désertification, enrayer et inverser le processus de dégradation des terres et mettre fin à l’appauvrissement de la biodiversité',
    'Promouvoir l’avènement de sociétés pacifiques et inclusives aux fins du développement durable, assurer l’accès de tous à la justice et mettre en place, à tous les niveaux, des institutions efficaces, responsables et ouvertes à tous',
    'Renforcer les moyens de mettre en œuvre le Partenariat mondial pour le développement durable et le revitaliser',
  ],
};
