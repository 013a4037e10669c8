// The labels of the receipt PDF in the window's language, taken from the
// catalogues (one source of every sentence): the keys are those of
// pledge-report's receipt (`LABEL_KEYS`, and `kind.*`, `support.*`, …).

import type { Pledge } from '../generated/types';
import { m } from './i18n/index.svelte';
import type { Reference } from './reference';

export function receiptLabels(pledge: Pledge, ref: Reference): Record<string, string> {
  const labels: Record<string, string> = {
    receipt_title: m.receiptHeading,
    receipt_intro: m.receiptIntro,
    fingerprint: m.receiptFingerprint,
    pledge_id: m.receiptPledgeId,
    device_seq: m.receiptSeq,
    signed_at: m.receiptSignedAt,
    event: m.receiptEvent,
    supersedes: m.receiptAmends,
    qr_caption: m.receiptQrCaption,
    pledge: m.receiptPledge,
    signatories: m.receiptSignatories,
    typed_signature: m.signatureWasTyped,
    title: m.title,
    description: m.description,
    pledgers: m.detailPledgers,
    lead: m.detailLead,
    focus_areas: m.detailFocusAreas,
    support_types: m.detailSupportTypes,
    scope: m.detailScope,
    countries: m.detailCountries,
    beneficiaries: m.detailBeneficiaries,
    targets: m.detailTargets,
    financial: m.detailFinancial,
    period: m.detailPeriod,
    sdgs: m.detailSdgs,
    contact: m.detailContact,
  };
  for (const [kind, text] of Object.entries(m.kinds)) labels[`kind.${kind}`] = text;
  for (const [area, card] of Object.entries(m.focusAreaCards)) labels[`focus.${area}`] = card.title;
  for (const [type, card] of Object.entries(m.supportTypeCards)) labels[`support.${type}`] = card.title;
  for (const [scope, text] of Object.entries(m.scopes)) labels[`scope.${scope}`] = text;
  for (const [b, text] of Object.entries(m.beneficiaryLabels)) labels[`beneficiary.${b}`] = text;
  for (const [metric, text] of Object.entries(m.metrics)) labels[`metric.${metric}`] = text;
  m.sdgNames.forEach((name, i) => (labels[`sdg.${i + 1}`] = name));
  const countries = [...pledge.geography.countries, ...pledge.pledgers.flatMap((p) => (p.country ? [p.country] : []))];
  for (const code of countries) labels[`country.${code}`] = ref.countryName(code) ?? m.countryUnknown(code);
  return labels;
}
