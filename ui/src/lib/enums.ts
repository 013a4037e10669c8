// The wire values of the Rust enums, in the order DESIGN.md lists them. Each
// list is typed with the generated union so that a renamed or removed value
// fails type-checking; the label records in messages.ts (`satisfies
// Record<…>`) catch a value added on the Rust side.

import type {
  Beneficiary,
  FocusArea,
  Metric,
  OutboxState,
  PledgerKind,
  Scope,
  SupportType,
} from '../generated/types';

export const PLEDGER_KINDS: PledgerKind[] = [
  'government',
  'private_sector',
  'civil_society',
  'academia',
  'international_organization',
  'other',
];

export const FOCUS_AREAS: FocusArea[] = ['access', 'adoption', 'value_creation', 'investment'];

export const SUPPORT_TYPES: SupportType[] = ['financial', 'policy', 'advocacy', 'programmatic'];

export const SCOPES: Scope[] = ['global', 'regional', 'national'];

export const BENEFICIARIES: Beneficiary[] = [
  'women_and_girls',
  'youth',
  'older_persons',
  'persons_with_disabilities',
  'rural_communities',
  'indigenous_peoples',
  'refugees_and_migrants',
  'smes',
  'general_public',
];

export const METRICS: Metric[] = [
  'people_connected',
  'people_trained',
  'people_reached',
  'schools_connected',
  'health_facilities_connected',
  'population_coverage',
  'jobs_created',
  'startups_supported',
  'other',
];

/** The states of a signed pledge in the outbox, in lifecycle order (DESIGN.md §2). */
export const OUTBOX_STATES: OutboxState[] = ['signed', 'queued', 'sending', 'acknowledged', 'rejected', 'conflict'];

/** `value` if it is one of `values`, else null: parses a <select>'s value. */
export function oneOf<T extends string>(values: readonly T[], value: string): T | null {
  return (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** Adds or removes `value`, keeping the canonical order of `all`. */
export function toggled<T>(all: readonly T[], chosen: readonly T[], value: T, on: boolean): T[] {
  const set = new Set(chosen);
  if (on) set.add(value);
  else set.delete(value);
  const known = all.filter((v) => set.has(v));
  // Keep anything unknown (e.g. from a newer app) rather than dropping it.
  const unknown = chosen.filter((v) => !all.includes(v));
  return [...known, ...unknown];
}
