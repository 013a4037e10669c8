// Which form control a problem path belongs to, so that the review screen
// can send the delegate straight to it.

const FIXED: Record<string, string> = {
  title: 'title',
  description: 'description',
  language: 'language',
  pledgers: 'pledger-0-name',
  focus_areas: 'focus-access',
  support_types: 'support-financial',
  'geography.scope': 'scope-global',
  'geography.countries': 'geo-countries',
  geography: 'scope-global',
  beneficiaries: 'beneficiary-women_and_girls',
  targets: 'add-target',
  financial: 'financial-amount',
  'financial.amount': 'financial-amount',
  'financial.currency': 'financial-currency',
  period: 'period-start',
  'period.start': 'period-start',
  'period.end': 'period-end',
  sdgs: 'sdg-1',
  contact: 'contact-name',
  'contact.name': 'contact-name',
  'contact.email': 'contact-email',
};

/** The id of the control for `path` (e.g. `pledgers[1].country`), if known. */
export function fieldIdFor(path: string): string | null {
  const row = /^(pledgers|targets)\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (row) {
    const [, list, index, field] = row;
    if (list === 'pledgers') return `pledger-${index}-${field ?? 'name'}`;
    return `target-${index}-${field ?? 'metric'}`;
  }
  if (path.startsWith('geography.countries')) return 'geo-countries';
  return FIXED[path] ?? FIXED[path.split(/[.[]/)[0] ?? ''] ?? null;
}
