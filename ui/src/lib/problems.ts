// The validator's problems in the UI language. The Rust validator returns
// `{path, code, message}` with an English `message`; the window says each
// problem from its `code` (one sentence per code in the catalogues), naming
// the field by its label from the `path`. Only a code this window does not
// know falls back to the English `message`.

import type { Problem, ProblemCode } from '../generated/types';
import { LIMITS } from '../generated/types';
import { groupDigits } from './format';
import { m, type Messages, type ProblemArgs } from './i18n/index.svelte';

type Label = (m: Messages) => string;

/** How a `required` problem is said: fill in, choose one, or choose some. */
type Kind = 'text' | 'choice' | 'list';

interface FieldInfo {
  label: Label;
  kind: Kind;
  /** The bound that applies to the field (characters, entries or a value). */
  limit?: number;
  /** The lower bound (too_short). */
  min?: number;
}

const FIELDS: Record<string, FieldInfo> = {
  title: { label: (m) => m.title, kind: 'text', limit: LIMITS.title_max, min: LIMITS.title_min },
  description: { label: (m) => m.description, kind: 'text', limit: LIMITS.description_max },
  language: { label: (m) => m.language, kind: 'choice' },
  pledgers: { label: (m) => m.pledgersHeading, kind: 'list', limit: LIMITS.pledgers_max },
  'pledgers.name': { label: (m) => m.pledgerName, kind: 'text', limit: LIMITS.name_max },
  'pledgers.kind': { label: (m) => m.pledgerKind, kind: 'choice' },
  'pledgers.country': { label: (m) => m.pledgerCountry, kind: 'choice' },
  'pledgers.lead': { label: (m) => m.pledgerLead, kind: 'choice' },
  focus_areas: { label: (m) => m.focusAreas, kind: 'list' },
  support_types: { label: (m) => m.supportTypes, kind: 'list' },
  beneficiaries: { label: (m) => m.beneficiaries, kind: 'list' },
  geography: { label: (m) => m.whereHeading, kind: 'choice' },
  'geography.scope': { label: (m) => m.scope, kind: 'choice' },
  'geography.countries': { label: (m) => m.geoCountries, kind: 'list' },
  targets: { label: (m) => m.targetsHeading, kind: 'list', limit: LIMITS.targets_max },
  'targets.metric': { label: (m) => m.targetMetric, kind: 'choice' },
  'targets.value': { label: (m) => m.targetValue, kind: 'text', limit: LIMITS.target_value_max },
  'targets.unit': { label: (m) => m.targetUnit, kind: 'text', limit: LIMITS.unit_max },
  financial: { label: (m) => m.financialHeading, kind: 'text' },
  'financial.amount': { label: (m) => m.financialAmount, kind: 'text', limit: LIMITS.amount_max },
  'financial.currency': { label: (m) => m.financialCurrency, kind: 'choice' },
  period: { label: (m) => m.detailPeriod, kind: 'text' },
  'period.start': { label: (m) => m.periodStart, kind: 'text' },
  'period.end': { label: (m) => m.periodEnd, kind: 'text' },
  sdgs: { label: (m) => m.sdgs, kind: 'list', limit: 17 },
  contact: { label: (m) => m.contactHeading, kind: 'text' },
  'contact.name': { label: (m) => m.contactName, kind: 'text', limit: LIMITS.name_max },
  'contact.email': { label: (m) => m.contactEmail, kind: 'text', limit: LIMITS.email_max },
  // The signed envelope (signing, DESIGN.md §3).
  signatories: { label: (m) => m.receiptSignatories, kind: 'list' },
  'signatories.name': { label: (m) => m.signatoryName, kind: 'text', limit: LIMITS.name_max },
  'signatories.title': { label: (m) => m.signatoryTitle, kind: 'text', limit: LIMITS.name_max },
  'signatories.drawing': { label: (m) => m.signature, kind: 'text' },
  'signatories.signed_at': { label: (m) => m.receiptSignedAt, kind: 'text' },
  'signatories.pledger': { label: (m) => m.detailPledgers, kind: 'choice' },
  pledge_id: { label: (m) => m.receiptPledgeId, kind: 'text' },
  supersedes: { label: (m) => m.receiptAmends, kind: 'text' },
  event_id: { label: (m) => m.eventId, kind: 'text' },
  device_id: { label: (m) => m.deviceId, kind: 'text' },
  device_seq: { label: (m) => m.receiptSeq, kind: 'text' },
  signed_at: { label: (m) => m.receiptSignedAt, kind: 'text' },
  pledge: { label: (m) => m.formLabel, kind: 'text' },
};

const ROWS: Record<string, (m: Messages, n: number) => string> = {
  pledgers: (m, n) => m.pledgerRow(n),
  targets: (m, n) => m.targetRow(n),
  signatories: (m, n) => m.signatoryRow(n),
};

interface Located {
  info: FieldInfo | undefined;
  /** The row the field is in, e.g. "Pledger 2", if any. */
  row: string | null;
}

/** The field a problem path names: `pledge.pledgers[1].country` → Country, of Pledger 2. */
function locate(path: string): Located {
  // Problems of a signed envelope name content paths under `pledge.`.
  const bare = path.startsWith('pledge.') ? path.slice('pledge.'.length) : path;
  const row = /^(\w+)\[(\d+)\](?:\.(\w+))?/.exec(bare);
  if (row) {
    const [, list = '', index = '0', field] = row;
    const key = field ? `${list}.${field}` : list;
    const rowLabel = ROWS[list];
    return {
      info: FIELDS[key] ?? FIELDS[list],
      row: rowLabel ? rowLabel(m, Number(index) + 1) : null,
    };
  }
  const key = bare.replace(/\[\d+\]/g, '');
  return { info: FIELDS[key] ?? FIELDS[key.split('.')[0] ?? ''], row: null };
}

function isKnownCode(code: string): code is ProblemCode {
  return Object.prototype.hasOwnProperty.call(m.problems, code);
}

/** The sentence that says `problem` in the UI language. */
export function problemText(problem: Problem): string {
  const code: string = problem.code;
  if (!isKnownCode(code)) return problem.message;
  const { info, row } = locate(problem.path);
  const label = info ? info.label(m) : problem.path;
  const bound = code === 'too_short' ? info?.min : info?.limit;
  const args: ProblemArgs = {
    field: row ? m.fieldInRow(label, row) : label,
    limit: bound === undefined ? '' : groupDigits(bound),
  };
  if (code === 'required' && info?.kind === 'choice') return m.problemChoose(args);
  if (code === 'required' && info?.kind === 'list') return m.problemChooseSome(args);
  return m.problems[code](args);
}
