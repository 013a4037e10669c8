// The wire values of the Rust enums, in the order DESIGN.md lists them. Each
// list is typed with the generated union so that a renamed or removed value
// fails type-checking; the label records in messages.ts (`satisfies
// Record<…>`) catch a value added on the Rust side.

import type {
  Beneficiary,
  ErrorCode,
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

export const ERROR_CODES: ErrorCode[] = [
  'store_unavailable',
  'not_found',
  'stale_revision',
  'too_large',
  'sealed',
  'needs_setup',
  'key_unavailable',
  'sync',
  'backup',
  'invalid',
  'internal',
  'staff_only',
  'staff_locked',
  'wrong_pin',
  'pin_locked_out',
  'pin_not_set',
  'invalid_pin',
  'invalid_batch_name',
  'already_batched',
  'batch_submitted',
  'nothing_to_export',
  'file_unwritable',
  'file_unreadable',
  'bundle_invalid',
  'bundle_tampered',
  'bundle_wrong_event',
  'bundle_unknown_device',
  'bundle_too_large',
  'no_font',
  'disk_full',
];

/** The states of a signed pledge in the outbox, in lifecycle order (DESIGN.md §2). */
export const OUTBOX_STATES: OutboxState[] = ['signed', 'queued', 'sending', 'acknowledged', 'rejected', 'conflict'];

/** The bounds of DESIGN.md §2 that the form enforces as you type. */
export const LIMITS = {
  titleMax: 200,
  descriptionMax: 4000,
  nameMax: 200,
  signatoryNameMin: 2,
  unitMax: 50,
  emailMax: 254,
  pledgersMax: 20,
  targetsMax: 20,
} as const;

/** The largest amount a pledge holds (DESIGN.md §2: ≤ 10^15; the validator's `amount_max`). */
export const AMOUNT_MAX = 1_000_000_000_000_000;

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
