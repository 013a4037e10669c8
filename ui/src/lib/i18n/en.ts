// The English catalogue: the source every other catalogue follows. Its type
// (`Messages`) is what fr.ts, es.ts, ar.ts, zh.ts and ru.ts are declared as,
// so type-checking fails when a key is missing there or has another
// signature. Components never import a catalogue: they use `m` from
// ./index.svelte, which reads the catalogue of the current UI language.

import type { Delivery } from '../status';
import { plural } from './plural';
import { n$, at } from './en/words';
import { reference } from './en/reference';
import { settings } from './en/settings';
import { staff } from './en/staff';
import { closing } from './en/closing';
import { errors } from './en/errors';

export type { ErrorParams } from './en/errors';

/** The outcomes of a bundle's pledges, imported or uploaded. */
export type BundleOutcome = 'created' | 'duplicate' | 'conflict' | 'rejected';

/** A one-line title and its explanation, for the checkbox cards. */
export interface Described {
  title: string;
  description: string;
}

/** What a validator sentence can name: the field (its visible label) and a bound. */
export interface ProblemArgs {
  /** The field's label, e.g. "Title" or "Organisation name (Pledger 2)". */
  field: string;
  /** The bound that applies, already formatted for the language ("200"), or ''. */
  limit: string;
}

/**
 * A moment as format.ts gives it for a sentence: relative ("3 minutes ago",
 * "just now"), or a time (today when `day` is null). Each catalogue puts the
 * prepositions its language needs ("at 10:42", "on 3 Jun at 10:42").
 */
export type Moment = { kind: 'relative'; text: string } | { kind: 'clock'; day: string | null; time: string };

/** The 17 Sustainable Development Goals, in order. */
export type Seventeen = [
  string, string, string, string, string, string, string, string, string,
  string, string, string, string, string, string, string, string,
];

const en = {
  productName: 'Pledge Desk',

  // Header and tabs
  tabsLabel: 'Sections of Pledge Desk',
  tabPledge: 'Pledge',
  tabDrafts: 'Drafts',
  tabSettings: 'Settings',
  /** Between the items of a list (countries, beneficiaries). */
  listSeparator: ', ',
  newPledge: 'New pledge',
  firstRunHeading: 'Set up this laptop',
  firstRunIntro:
    'For event staff, once per laptop: the event this laptop serves, and the staff PIN that opens staff mode (reviews, batches, exports, settings). Keep the PIN to the event staff.',
  firstRunDelegates: 'Delegate? Please ask the event staff to set up this laptop before you start your pledge.',
  firstRunSubmit: 'Set up and hand over to delegates',
  sittingIdleCleared:
    'The form was cleared after a while without activity. What was typed is kept as a draft for the event staff.',
  signatoryNameShort: 'Write the signatory’s full name: one letter is not enough.',
  leaveFormHeading: 'Start a new pledge?',
  leaveFormBody: (name: string) =>
    `The pledge on screen is kept as a draft: event staff can open it under ${name}. It will no longer be shown here.`,
  leaveFormKeep: 'Keep writing',
  leaveFormNew: 'Start a new pledge',
  uiLanguage: 'Language of Pledge Desk',

  // Save status
  statusNew: '',
  statusSaving: 'Saving…',
  statusSaved: (time: string) => `Saved · ${time}`,
  statusError: (message: string) => `Not saved: ${message}`,
  statusDiskFull: 'Not saved: the disk is full',

  // Start-up and fatal states
  loading: 'Loading…',
  storeUnavailableTitle: 'Your drafts cannot be opened',
  startupFailedTitle: 'Pledge Desk could not start',
  fatalHint: 'Your drafts have not been changed. Close Pledge Desk, follow the advice above, then start it again.',
  unknownError: 'Something went wrong. Please try again.',

  // Problem summary
  problemSummary: (n: number) =>
    plural('en', n, { one: `${n$(n)} item`, other: `${n$(n)} items` }) + ' to complete before this pledge can be signed',
  readyToSign: 'Ready to sign',
  summaryUnknown: 'Start anywhere: your draft is saved automatically as you type.',
  showAllProblems: 'Show all',
  formLabel: 'Pledge',
  reviewSign: 'Review and sign',
  reviewSignHint: 'Check the pledge with the signatories, then sign it on this laptop.',
  notSavedYet: 'The latest changes are not saved yet. Please try again in a moment.',

  // Common
  charCount: (n: number, max: number) => `${n$(n)} / ${n$(max)}`,
  choose: 'Choose…',
  remove: 'Remove',
  optional: '(optional)',
  required: '(required)',

  // 1. About
  aboutHeading: 'About the pledge',
  aboutIntro: 'A short title and a description of what will be done, in the language the pledge is written in.',
  title: 'Title',
  titleHint: 'For example: “Connecting 500 rural schools in the Great Lakes region”.',
  description: 'Description',
  descriptionHint: 'What will be done, by whom and how. You can come back to this later.',
  language: 'Language of the pledge text',
  languageOption: (name: string, tag: string) => (name === tag ? tag : `${name} (${tag})`),
  languageOther: 'Other…',
  languageOtherTag: 'Language tag',
  languageOtherHint: 'A BCP 47 tag such as pt-BR, zh-Hant or yo.',

  // 2. Pledgers
  pledgersHeading: 'Who pledges',
  pledgersIntro: 'The organisation making the pledge, and any joint pledgers. Mark one as the lead.',
  pledgerRow: (n: number) => `Pledger ${n$(n)}`,
  pledgerName: 'Organisation name',
  pledgerKind: 'Kind of organisation',
  pledgerCountry: 'Country',
  pledgerCountryNone: 'International organisations have no country.',
  pledgerLead: 'Lead',
  pledgerLeadHint: 'The lead organisation speaks for the pledge.',
  addPledger: 'Add a joint pledger',
  removePledger: (n: number) => `Remove pledger ${n$(n)}`,
  pledgersMax: (max: number) => `A pledge can have at most ${n$(max)} pledgers.`,

  // 3. Coverage
  coverageHeading: 'What it covers',
  focusAreas: 'Focus areas',
  focusAreasHint: 'Choose every P2C focus area the pledge contributes to.',
  supportTypes: 'Types of support',
  supportTypesHint: 'Choose every kind of support the pledge offers.',
  beneficiaries: 'Who benefits',
  beneficiariesHint: 'Optional: the groups the pledge is meant to reach.',
  sdgs: 'Sustainable Development Goals',
  sdgsHint: 'Optional: the SDGs the pledge contributes to.',

  // 4. Where
  whereHeading: 'Where',
  scope: 'Scope',
  geoCountries: 'Target countries',
  geoCountriesHintGlobal: 'Optional for a global pledge: name countries only if the pledge focuses on them.',
  geoCountriesHint: 'Choose every country the pledge targets.',

  // 5. Targets and money
  targetsHeading: 'Targets and money',
  targetsIntro: 'Measurable targets help the secretariat follow progress. Add as many as apply.',
  targetRow: (n: number) => `Target ${n$(n)}`,
  targetMetric: 'What it counts',
  targetValue: 'Number',
  targetUnit: 'Unit',
  targetUnitHint: 'What an “other” target counts, e.g. “hotspots installed”.',
  addTarget: 'Add a target',
  removeTarget: (n: number) => `Remove target ${n$(n)}`,
  targetsMax: (max: number) => `A pledge can have at most ${n$(max)} targets.`,
  noTargets: 'No targets yet.',
  financialHeading: 'Financial commitment',
  financialAmount: 'Amount',
  financialCurrency: 'Currency',
  currencyOption: (code: string, name: string) => `${code} — ${name}`,
  financialDisabled: 'Tick “Financial” under types of support to enter an amount.',

  // 6. When
  whenHeading: 'When',
  periodStart: 'Start date',
  periodEnd: 'End date',
  datePlaceholder: 'YYYY-MM-DD',
  dateHint: 'Year, month and day, e.g. 2026-01-31.',

  // 7. Contact
  contactHeading: 'Contact',
  contactNote: 'Used only by the P2C secretariat to follow up.',
  contactName: 'Contact person',
  contactEmail: 'Email address',

  // Country picker
  countrySearchPlaceholder: 'Type a country name or code',
  countryChangePlaceholder: 'Type to change the country',
  countryAddPlaceholder: 'Type to add a country',
  countryNoMatch: 'No country matches.',
  countryClear: (name: string) => `Remove ${name}`,
  tagLdc: 'LDC',
  tagLdcTitle: 'Least developed country',
  tagLldc: 'LLDC',
  tagLldcTitle: 'Landlocked developing country',
  tagSids: 'SIDS',
  tagSidsTitle: 'Small island developing state',
  countryUnknown: (code: string) => `Unknown country (${code})`,

  // Drafts tab
  draftsHeading: 'Drafts',
  deletedHeading: 'Deleted drafts',
  draftsSearch: 'Search drafts',
  draftsSearchPlaceholder: 'Title, organisation or country',
  showDeleted: 'Show deleted drafts',
  untitled: 'Untitled draft',
  noPledger: 'No pledger yet',
  unnamedLead: 'Lead not named yet',
  withOthers: (lead: string, others: string[]) =>
    others.length === 0 ? lead : `${lead} · with ${others.join(', ')}`,
  moreCountries: (n: number) => `+${n$(n)} more`,
  edited: (moment: Moment) => `Edited ${at(moment)}`,
  deletedAt: (moment: Moment) => `Deleted ${at(moment)}`,
  justNow: 'just now',
  deleteDraft: 'Delete',
  deleteDraftLabel: (title: string) => `Delete “${title}”`,
  restoreDraft: 'Restore',
  restoreDraftLabel: (title: string) => `Restore “${title}”`,
  draftsEmpty: 'No drafts yet. Start a new pledge and it will appear here.',
  draftsEmptySearch: (text: string) => `No drafts match “${text}”.`,
  deletedEmpty: 'No deleted drafts.',
  draftsLoading: 'Loading drafts…',
  draftsError: (message: string) => `The drafts could not be listed: ${message}`,
  draftsShown: (n: number, total: number) =>
    plural('en', total, { one: `${n$(n)} of ${n$(total)} draft`, other: `${n$(n)} of ${n$(total)} drafts` }),
  showMore: 'Show more',
  draftDeleted: 'Draft deleted.',
  draftRestored: 'Draft restored.',
  undo: 'Undo',
  dismiss: 'Dismiss',
  actionFailed: (message: string) => `That did not work: ${message}`,

  // Review
  reviewHeading: 'Review before signing',
  reviewIntro: 'This is exactly what the signatories will sign. Read it through with them before signing.',
  reviewLoading: 'Preparing the review…',
  reviewFailed: (message: string) => `The pledge cannot be reviewed: ${message}`,
  reviewRetry: 'Try again',
  reviewBack: 'Back to editing',
  reviewProblems: (n: number) =>
    plural('en', n, { one: `${n$(n)} item`, other: `${n$(n)} items` }) + ' to complete before this pledge can be signed',
  reviewProblemsIntro: 'Go back to the form to complete them. Each button takes you to the field.',
  reviewFix: 'Go to the field',
  reviewFixLabel: (message: string) => `Go to the field: ${message}`,
  reviewNoEventTitle: 'This laptop is not set up for an event',
  reviewNoEvent: 'Every signed pledge records the event it was signed at. Ask the event staff to enter the event in Settings, then come back here.',
  goSettings: 'Open Settings',
  reviewAmends: 'This amends an earlier pledge',
  reviewAmendsDetail: (id: string) => `Once signed, it replaces pledge ${id}. The earlier pledge stays on record.`,
  reviewEvent: (name: string, id: string) => (name.trim() ? `${name} (${id})` : id),
  reviewEventLabel: 'Event',
  reviewContentHeading: 'What will be signed',
  reviewSigners: (n: number) =>
    plural('en', n, {
      one: 'One signatory will sign, for the organisation making the pledge.',
      other: `${n$(n)} signatories will sign, one for each organisation.`,
    }),
  startSigning: 'Start signing',

  // Pledge details (review, receipt, signed drafts)
  detailLanguage: 'Language',
  detailPledgers: 'Pledgers',
  detailLead: 'Lead',
  detailFocusAreas: 'Focus areas',
  detailSupportTypes: 'Types of support',
  detailScope: 'Scope',
  detailCountries: 'Target countries',
  detailBeneficiaries: 'Who benefits',
  detailTargets: 'Targets',
  detailFinancial: 'Financial commitment',
  detailPeriod: 'Period',
  detailSdgs: 'Sustainable Development Goals',
  detailContact: 'Contact',
  detailNone: 'None',
  detailNoDescription: 'No description.',
  kindAndCountry: (kind: string, country: string | null) => (country ? `${kind} · ${country}` : kind),
  money: (amount: string, currency: string) => `${amount} ${currency}`,
  periodRange: (start: string, end: string) => `${start} – ${end}`,
  sdgLabel: (n: number, name: string) => `${n$(n)} · ${name}`,

  // Signing
  signingLabel: 'Signing',
  signingProgress: 'Signatories',
  signingStep: (i: number, n: number) => `Step ${n$(i)} of ${n$(n)}`,
  signingHeading: 'Signing on behalf of:',
  signingIntro: 'The person signing for this organisation enters their name and title, then signs in the box.',
  signatoryName: 'Full name',
  signatoryTitle: 'Title or role',
  signatoryTitleHint: 'For example: Minister of ICT, or Chief Executive Officer.',
  signature: 'Signature',
  signatureCanvas: 'Signature drawing area',
  signatureInstruction: 'Sign above the line with a mouse, pen or finger. Use “Clear” to start again.',
  signatureBaseline: 'Sign above the line',
  signatureMark: '×',
  signatureClear: 'Clear',
  signatureNext: 'Sign and continue',
  signatureSeal: 'Sign and seal the pledge',
  signatureNeeds: 'Enter the name and title and sign in the box to continue.',
  signatureNeedsTyped: 'Enter the name and title to continue.',
  signatureTyped: 'Type my signature instead',
  signatureTypedHint: 'The full name typed above becomes the signature. It is recorded as a typed signature.',
  signatureTypedPreview: (name: string) => `Typed signature of ${name}`,
  signatureTypedEmpty: 'The signature appears here once the full name is typed.',
  signatureTypedNoFont: 'No font on this computer has the letters of this name, so it is drawn in a simple stroke alphabet.',
  signatureTooComplex: 'This signature is too detailed to store. Please clear it and sign again, more simply.',
  signingBackToReview: 'Back to review',
  signingPrevious: 'Previous signatory',
  signingDone: 'Signed',
  signingCurrent: 'Signing now',
  sealing: 'Sealing…',
  sealFailedTitle: 'The pledge was not signed',
  sealRetry: 'Try again',
  backToForm: 'Back to the form',

  // Receipt
  receiptHeading: 'Pledge signed',
  receiptIntro: 'Keep this receipt. The fingerprint identifies exactly what was signed.',
  receiptFingerprint: 'Fingerprint',
  receiptPledgeId: 'Pledge id',
  receiptSeq: 'Device sequence number',
  receiptSignedAt: 'Signed at',
  receiptEvent: 'Event',
  receiptAmends: 'Amends pledge',
  receiptPledge: 'The pledge',
  receiptSignatories: 'Signatories',
  receiptQrCaption: 'Pledge id and content hash',
  receiptQrLabel: 'QR code of the pledge id and content hash',
  receiptSavePdf: 'Save the receipt as PDF',
  receiptSavePath: 'Where to save the PDF (a folder or a USB stick)',
  receiptSaved: 'Receipt saved:',
  receiptSaveFailed: (message: string) => `The receipt could not be saved: ${message}`,
  receiptSaveUnwritable: 'The file could not be written there. Check that the folder exists and the USB stick is still plugged in.',
  receiptSaveNoPath: 'Enter where to save the PDF.',
  receiptClose: 'Done',
  receiptLoading: 'Loading the receipt…',
  receiptFailed: (message: string) => `The receipt cannot be shown: ${message}`,
  signatureOf: (name: string) => `Signature of ${name}`,
  signatoryRole: (title: string, organisation: string) => `${title}, ${organisation}`,
  signedAtShort: (when: string) => `Signed on ${when}`,
  signatureWasTyped: 'Typed signature',

  // Delivery of a signed pledge (receipt, drafts list)
  deliveryPrefix: 'Delivery: ',
  delivery: {
    signed: 'Signed',
    queued: 'Queued',
    sending: 'Sending',
    sent: 'Sent',
    received: 'Received',
    verified: 'Verified',
    published: 'Published',
    rejected: 'Rejected',
    conflict: 'Conflict',
    superseded: 'Superseded',
  } satisfies Record<Delivery, string>,
  deliveryRejectedBecause: (reason: string) => `Rejected — ${reason}`,
  deliveryHints: {
    signed: 'Signed and held here for review by the event staff before it is sent.',
    queued: 'Waiting to be sent to the pledge platform; it goes out when this laptop is online.',
    sending: 'Being sent to the pledge platform now.',
    sent: 'The pledge platform has acknowledged it.',
    received: 'The pledge platform has received it.',
    verified: 'The pledge platform has checked it.',
    published: 'Published by the pledge platform.',
    rejected: 'The pledge platform did not accept it.',
    conflict: 'The pledge platform holds a different pledge with the same id. Tell the event staff.',
    superseded: 'Replaced by an amended pledge.',
  } satisfies Record<Delivery, string>,

  // Signed drafts and amendments
  sealedBanner: 'Signed — this pledge can no longer be edited',
  sealedHint: 'To change it, amend it: a new draft starts from this pledge and, once signed, replaces it.',
  sealedContent: 'What was signed',
  viewReceipt: 'View receipt',
  amend: 'Amend this pledge',
  amendBanner: 'This draft amends a signed pledge',
  amendHint: (id: string) => `Once signed, it replaces pledge ${id}.`,
  signedBadge: 'Signed',

  ...settings,
  ...staff,
  ...closing,
  /** One sentence per error code (ErrorCode, generated from Rust). */
  errors,
  ...reference,
};

export type Messages = typeof en;
export default en;
