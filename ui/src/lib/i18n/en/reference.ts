// The English catalogue: Labels of the wire values, the validator's problems, the SDGs.

import type {
  Beneficiary,
  FocusArea,
  Metric,
  PledgerKind,
  ProblemCode,
  Scope,
  SupportType,
} from '../../../generated/types';
import type { Described, ProblemArgs, Seventeen } from '../en';
import { n$ } from './words';

export const reference = {
  // Labels of the wire values
  kinds: {
    government: 'Government',
    private_sector: 'Private sector',
    civil_society: 'Civil society',
    academia: 'Academia',
    international_organization: 'International organisation',
    other: 'Other',
  } satisfies Record<PledgerKind, string>,

  focusAreaCards: {
    access: {
      title: 'Access',
      description: 'Connecting people: infrastructure, coverage and affordable access',
    },
    adoption: {
      title: 'Adoption',
      description: 'Empowering communities: digital skills, inclusion and safe use',
    },
    value_creation: {
      title: 'Value creation',
      description: 'Building digital ecosystems: local content, services and innovation',
    },
    investment: {
      title: 'Investment',
      description: 'Enabling investment: financing models, policy and regulatory certainty',
    },
  } satisfies Record<FocusArea, Described>,

  supportTypeCards: {
    financial: {
      title: 'Financial',
      description: 'Money committed: grants, loans or investment (give the amount below)',
    },
    policy: {
      title: 'Policy',
      description: 'Changes to laws, regulation or public policy',
    },
    advocacy: {
      title: 'Advocacy',
      description: 'Raising awareness and mobilising others',
    },
    programmatic: {
      title: 'Programmatic',
      description: 'Running projects, programmes or services on the ground',
    },
  } satisfies Record<SupportType, Described>,

  scopes: {
    global: 'Global',
    regional: 'Regional',
    national: 'National',
  } satisfies Record<Scope, string>,

  beneficiaryLabels: {
    women_and_girls: 'Women and girls',
    youth: 'Youth',
    older_persons: 'Older persons',
    persons_with_disabilities: 'Persons with disabilities',
    rural_communities: 'Rural communities',
    indigenous_peoples: 'Indigenous peoples',
    refugees_and_migrants: 'Refugees and migrants',
    smes: 'Small and medium-sized enterprises',
    general_public: 'General public',
  } satisfies Record<Beneficiary, string>,

  metrics: {
    people_connected: 'People connected',
    people_trained: 'People trained',
    people_reached: 'People reached',
    schools_connected: 'Schools connected',
    health_facilities_connected: 'Health facilities connected',
    population_coverage: 'Population covered',
    jobs_created: 'Jobs created',
    startups_supported: 'Start-ups supported',
    other: 'Other (say what)',
  } satisfies Record<Metric, string>,

  // The validator's problems, keyed by code (DESIGN.md §2). `field` is the
  // label of the field concerned, as the form shows it.
  fieldInRow: (field: string, row: string) => `${field} (${row})`,
  signatoryRow: (n: number) => `Signatory ${n$(n)}`,
  problems: {
    required: (a) => `Fill in “${a.field}”.`,
    too_short: (a) => `“${a.field}” needs at least ${a.limit} characters.`,
    too_long: (a) =>
      a.limit ? `“${a.field}” can have at most ${a.limit} characters.` : `“${a.field}” is too long.`,
    too_many: (a) => (a.limit ? `“${a.field}”: at most ${a.limit}.` : `“${a.field}”: too many.`),
    control_characters: (a) => `“${a.field}” contains invisible control characters; retype it.`,
    invalid_language: () => 'The language must be a BCP 47 tag such as en, fr or pt-BR.',
    invalid_country: () => 'Choose a country from the list.',
    country_not_allowed: () => 'An international organisation has no country; leave it empty.',
    invalid_currency: () => 'Choose a currency from the list.',
    invalid_date: (a) => `“${a.field}” must be a real date (YYYY-MM-DD).`,
    end_before_start: () => 'The end date must be on or after the start date.',
    no_lead: () => 'Mark one pledger as the lead organisation.',
    multiple_leads: () => 'Only one pledger can be the lead organisation.',
    duplicate: (a) => `“${a.field}”: the same item is chosen twice.`,
    out_of_range: (a) => (a.limit ? `“${a.field}” can be at most ${a.limit}.` : `“${a.field}” is out of range.`),
    not_whole_number: (a) =>
      `Write “${a.field}” as a whole number, in digits only: no decimals, minus sign, exponent or letters.`,
    unit_required: () => 'Say what an “other” target counts (its unit).',
    invalid_email: () => 'Enter an email address such as name@example.org.',
    unsupported_version: () => 'This pledge was made by a newer version of Pledge Desk.',
    invalid_id: (a) => `“${a.field}” is not a valid identifier.`,
    invalid_timestamp: (a) => `“${a.field}” is not a valid time.`,
    missing_signatory: () => 'Each organisation signs once: one signatory per pledger.',
    invalid_drawing: () => 'The signature could not be recorded. Clear it and sign again.',
    not_normalised: () => 'The pledge is not in its final form. Go back to the form and review it again.',
  } satisfies Record<ProblemCode, (a: ProblemArgs) => string>,
  /** `required` for a field chosen from a list (a menu, a country, a scope). */
  problemChoose: (a: ProblemArgs) => `Choose “${a.field}”.`,
  /** `required` for a list that needs at least one entry. */
  problemChooseSome: (a: ProblemArgs) => `Choose at least one under “${a.field}”.`,

  // The Sustainable Development Goals (A/RES/70/1): short names and goals.
  sdgNames: [
    'No poverty',
    'Zero hunger',
    'Good health and well-being',
    'Quality education',
    'Gender equality',
    'Clean water and sanitation',
    'Affordable and clean energy',
    'Decent work and economic growth',
    'Industry, innovation and infrastructure',
    'Reduced inequalities',
    'Sustainable cities and communities',
    'Responsible consumption and production',
    'Climate action',
    'Life below water',
    'Life on land',
    'Peace, justice and strong institutions',
    'Partnerships for the goals',
  ] satisfies Seventeen as Seventeen,
  sdgTitles: [
    'End poverty in all its forms everywhere',
    'End hunger, achieve food security and improved nutrition and promote sustainable agriculture',
    'Ensure healthy lives and promote well-being for all at all ages',
    'Ensure inclusive and equitable quality education and promote lifelong learning opportunities for all',
    'Achieve gender equality and empower all women and girls',
    'Ensure availability and sustainable management of water and sanitation for all',
    'Ensure access to affordable, reliable, sustainable and modern energy for all',
    'Promote sustained, inclusive and sustainable economic growth, full and productive employment and decent work for all',
    'Build resilient infrastructure, promote inclusive and sustainable industrialization and foster innovation',
    'Reduce inequality within and among countries',
    'Make cities and human settlements inclusive, safe, resilient and sustainable',
    'Ensure sustainable consumption and production patterns',
    'Take urgent action to combat climate change and its impacts',
    'Conserve and sustainably use the oceans, seas and marine resources for sustainable development',
    'Protect, restore and promote sustainable use of terrestrial ecosystems, sustainably manage forests, combat desertification, and halt and reverse land degradation and halt biodiversity loss',
    'Promote peaceful and inclusive societies for sustainable development, provide access to justice for all and build effective, accountable and inclusive institutions at all levels',
    'Strengthen the means of implementation and revitalize the Global Partnership for Sustainable Development',
  ] satisfies Seventeen as Seventeen,
};

export type ReferenceMessages = typeof reference;
