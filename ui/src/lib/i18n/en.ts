// The English catalogue: the source every other catalogue follows. Its type
// (`Messages`) is what fr.ts, es.ts, ar.ts, zh.ts and ru.ts are declared as,
// so type-checking fails when a key is missing there or has another
// signature. Components never import a catalogue: they use `m` from
// ./index.svelte, which reads the catalogue of the current UI language.

import type {
  Beneficiary,
  FocusArea,
  Metric,
  OutboxState,
  PledgerKind,
  ProblemCode,
  Role,
  Scope,
  SupportType,
} from '../../generated/types';
import type { Connection, Delivery } from '../status';
import type { StaffTab } from '../staff/tabs';

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

/** The codes of the sync engine's own failures (pledge-sync `SyncError::code`). */
export type SyncErrorCode = 'invalid_address' | 'offline' | 'not_platform' | 'not_enrolled' | 'bad_answer';

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
  newPledge: 'New pledge',
  uiLanguage: 'Language of Pledge Desk',

  // Save status
  statusNew: '',
  statusSaving: 'Saving…',
  statusSaved: (time: string) => `Saved · ${time}`,
  statusError: (message: string) => `Not saved: ${message}`,

  // Start-up and fatal states
  loading: 'Loading…',
  storeUnavailableTitle: 'Your drafts cannot be opened',
  startupFailedTitle: 'Pledge Desk could not start',
  fatalHint: 'Your drafts have not been changed. Close Pledge Desk, follow the advice above, then start it again.',
  unknownError: 'Something went wrong. Please try again.',

  // Problem summary
  problemSummary: (n: number) =>
    n === 1
      ? '1 item to complete before this pledge can be signed'
      : `${n} items to complete before this pledge can be signed`,
  readyToSign: 'Ready to sign',
  summaryUnknown: 'Start anywhere: your draft is saved automatically as you type.',
  showAllProblems: 'Show all',
  formLabel: 'Pledge',
  reviewSign: 'Review and sign',
  reviewSignHint: 'Check the pledge with the signatories, then sign it on this laptop.',
  notSavedYet: 'The latest changes are not saved yet. Please try again in a moment.',

  // Common
  charCount: (n: number, max: number) => `${n} / ${max}`,
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
  pledgerRow: (n: number) => `Pledger ${n}`,
  pledgerName: 'Organisation name',
  pledgerKind: 'Kind of organisation',
  pledgerCountry: 'Country',
  pledgerCountryNone: 'International organisations have no country.',
  pledgerLead: 'Lead',
  pledgerLeadHint: 'The lead organisation speaks for the pledge.',
  addPledger: 'Add a joint pledger',
  removePledger: (n: number) => `Remove pledger ${n}`,
  pledgersMax: (max: number) => `A pledge can have at most ${max} pledgers.`,

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
  targetRow: (n: number) => `Target ${n}`,
  targetMetric: 'What it counts',
  targetValue: 'Number',
  targetUnit: 'Unit',
  targetUnitHint: 'What an “other” target counts, e.g. “hotspots installed”.',
  addTarget: 'Add a target',
  removeTarget: (n: number) => `Remove target ${n}`,
  targetsMax: (max: number) => `A pledge can have at most ${max} targets.`,
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
  moreCountries: (n: number) => `+${n} more`,
  edited: (when: string) => `Edited ${when}`,
  deletedAt: (when: string) => `Deleted ${when}`,
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
    n === 1 ? '1 item to complete before this pledge can be signed' : `${n} items to complete before this pledge can be signed`,
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
    n === 1 ? 'One signatory will sign, for the organisation making the pledge.' : `${n} signatories will sign, one for each organisation.`,
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
  sdgLabel: (n: number, name: string) => `${n} · ${name}`,

  // Signing
  signingLabel: 'Signing',
  signingProgress: 'Signatories',
  signingStep: (i: number, n: number) => `Step ${i} of ${n}`,
  signingHeading: 'Signatory for',
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
  receiptPrint: 'Print or save as PDF',
  receiptClose: 'Done',
  receiptLoading: 'Loading the receipt…',
  receiptFailed: (message: string) => `The receipt cannot be shown: ${message}`,
  signatureOf: (name: string) => `Signature of ${name}`,
  signatoryRole: (title: string, organisation: string) => `${title}, ${organisation}`,
  signedAtShort: (when: string) => `Signed ${when}`,
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

  // Settings
  settingsHeading: 'Settings',
  settingsLoading: 'Loading settings…',
  settingsFailed: (message: string) => `The settings cannot be shown: ${message}`,

  // Settings › Backups and Support
  supportHeading: 'Support',
  supportIntro: 'What support staff need when something goes wrong. The diagnostics never contain contact details, tokens or keys.',
  logFolder: 'Log folder',
  logsWriting: 'A log file is written here each day; the last 7 are kept.',
  logsNotWritten: 'Logs cannot be written, so support staff will have less to go on. Pledge Desk keeps working. Reason:',
  copyDiagnostics: 'Copy diagnostics',
  diagnosticsCopied: 'Diagnostics copied to the clipboard.',
  diagnosticsFallback: 'The clipboard is not available: select this text and copy it.',
  diagnosticsFailed: (message: string) => `The diagnostics cannot be produced: ${message}`,
  backupsHeading: 'Backups',
  backupsIntro: 'Pledge Desk copies its database into the backup folder every 5 minutes while something changes, and when it closes. Each copy is checked; the newest 10 are kept.',
  backupsFolder: 'Backup folder',
  backupsLast: 'Last backup',
  backupsNone: 'None yet',
  backupFailed: 'The last backup failed; Pledge Desk keeps working. Free some disk space or check the folder. Reason:',
  snapshotsUnreadable: 'The backup folder cannot be read. Reason:',
  backupNow: 'Back up now',
  backingUp: 'Backing up…',
  backupDone: 'Backup taken.',
  snapshotsCaption: 'Backups on this laptop, newest first',
  snapshotTaken: 'Taken',
  snapshotSize: 'Size',
  snapshotRestore: 'Restore…',
  restoreConfirm: (time: string) => `Restore the backup from ${time}? Anything saved after it will not be in the restored database. The current database is kept beside it as a separate file, never deleted.`,
  restoreYes: 'Restore this backup',
  restoreCancel: 'Cancel',
  restorePending: 'The chosen backup replaces the database when Pledge Desk restarts.',
  restartNow: 'Restart now',
  restoredAtStart: 'A backup was restored when Pledge Desk started; the previous database was kept as a separate file.',
  fatalBackupOffer: (time: string) => `A backup from ${time} passed its check. Restoring it brings back everything saved up to then; the damaged file is kept aside, not deleted.`,
  fatalRestore: 'Restore this backup and restart',
  eventHeading: 'Event',
  eventIntro: 'The event this laptop is used at. Every pledge signed here records it.',
  eventId: 'Event id',
  eventIdPlaceholder: 'kigali-2022',
  eventIdHint: 'lower-case letters, digits and hyphens',
  eventName: 'Event name',
  eventNamePlaceholder: 'P2C Digital Development Roundtable',
  eventSave: 'Save',
  eventSaving: 'Saving…',
  eventSaved: 'Saved',
  eventNotSet: 'No event is set yet: pledges cannot be signed on this laptop until one is.',
  deviceHeading: 'This device',
  deviceId: 'Device id',
  deviceFingerprint: 'Key fingerprint',
  devicePublicKey: 'Public key',
  deviceKeyNote:
    'Pledges signed here carry this laptop’s signature. The private key never leaves this laptop; the pledge platform checks signatures with the public key.',

  // Sync with the central platform: status bar
  syncBarLabel: 'Sync with the pledge platform',
  connection: {
    online: 'Online',
    offline: 'Offline',
    unknown: 'Not connected yet',
    not_enrolled: 'Not enrolled',
  } satisfies Record<Connection, string>,
  syncPending: (n: number) => `${n} pending`,
  syncPendingTitle: (n: number) =>
    n === 1 ? '1 signed pledge is waiting to be sent' : `${n} signed pledges are waiting to be sent`,
  syncLast: (time: string) => `Last sync ${time}`,
  syncNever: 'Never synced',
  syncRunning: 'Syncing…',
  syncProgress: (done: number, total: number) => `Sending pledges: ${done} of ${total}`,
  syncNextTry: (time: string) => `Next try ${time}`,
  syncMissing: (n: number) =>
    `The platform is missing ${n === 1 ? '1 pledge' : `${n} pledges`} it had acknowledged — tell the event staff`,
  syncNow: 'Sync now',
  syncSetUp: 'Set up',
  syncSetUpLabel: 'Set up the connection to the pledge platform in Settings',
  syncSummary: (connection: string, last: string, pending: string) => `${connection} · ${last} · ${pending}`,

  // Why the last sync failed, by the sync engine's code (others are shown as the engine says them).
  syncErrors: {
    invalid_address: 'The server address is not valid: use https://…, or http:// only for this computer (localhost).',
    offline: 'The platform cannot be reached; pledges stay queued until it can be.',
    not_platform: 'The address answers, but not as the P2C pledge platform: check the address, or sign in to the network first.',
    not_enrolled: 'This laptop is not enrolled with the platform yet.',
    bad_answer: 'The platform gave an answer that cannot be read; it will be tried again.',
  } satisfies Record<SyncErrorCode, string>,

  // Sync with the central platform: Settings
  platformHeading: 'Central platform',
  platformIntro:
    'Signed pledges are sent to the P2C pledge platform whenever this laptop is online. Until then they stay safely on this laptop.',
  platformStatus: 'Status',
  platformError: 'Last problem',
  platformAddress: 'Server address',
  platformRole: 'This laptop',
  platformLoading: 'Loading the connection settings…',
  platformFailed: (message: string) => `The connection settings cannot be shown: ${message}`,
  platformNotEnrolled: 'This laptop is not connected to a pledge platform yet: pledges are kept here until it is.',
  platformReconnect: 'To connect to another platform, or again with a new code, fill in the form below.',
  roleLabels: {
    delegate: 'Delegate laptop',
    staff: 'Staff laptop',
  } satisfies Record<Role, string>,
  serverUrl: 'Server address',
  serverUrlPlaceholder: 'https://pledges.example.org',
  serverUrlHint: 'Starts with https://. Plain http:// is allowed only for this computer (localhost).',
  enrollCode: 'Enrolment code',
  enrollCodeHint: 'The event’s delegate or staff code, from the event staff.',
  deviceName: 'Laptop name',
  deviceNameDefault: 'Pledge Desk laptop',
  deviceNameHint: 'How the platform lists this laptop, e.g. “Registration desk 2”.',
  enroll: 'Connect',
  enrolling: 'Connecting…',
  enrollConnected: (role: Role | null) =>
    role === null ? 'Connected' : `Connected as ${role === 'staff' ? 'staff' : 'delegate'} laptop`,
  enrollNeedsAddress: 'Enter the server address of the pledge platform.',
  enrollNeedsCode: 'Enter the enrolment code from the event staff.',

  // Staff mode: PIN, review queue, batches, summary, reconciliation, transfers
  staff: {
    open: 'Staff',
    openLabel: 'Staff mode (PIN required)',
    modeBadge: 'Staff mode',
    lock: 'Lock',
    lockLabel: 'Lock staff mode and return to the delegate screen',
    lockedIdle: 'Staff mode locked after inactivity',
    tabs: {
      drafts: 'Drafts',
      review: 'Review',
      batches: 'Batches',
      summary: 'Summary',
      reconcile: 'Reconciliation',
      transfer: 'Transfer',
      settings: 'Settings',
    } satisfies Record<StaffTab, string>,
    cancel: 'Cancel',
    untitled: 'Untitled pledge',
    none: 'None',
    notApplicable: 'n/a',

    // PIN
    pinSetHeading: 'Set a staff PIN',
    pinSetIntro:
      'Staff mode shows the pledges of every delegation on this laptop. Choose a PIN of 4 to 12 digits and share it only with the event staff.',
    pinEnterHeading: 'Enter staff PIN',
    pinEnterIntro: 'Staff mode is for the event staff. Delegates: please hand the laptop to a member of staff.',
    pin: 'Staff PIN',
    pinNew: 'New PIN',
    pinConfirm: 'Type the PIN again',
    pinCurrent: 'Current PIN',
    pinHint: '4 to 12 digits',
    pinSetSubmit: 'Set PIN and open staff mode',
    pinEnterSubmit: 'Open staff mode',
    pinChecking: 'Checking…',
    pinWrong: (left: number | null) =>
      left === null
        ? 'That PIN is not right.'
        : `That PIN is not right. ${left} more ${left === 1 ? 'try' : 'tries'} before staff mode locks for a while.`,
    pinInvalid: 'The PIN must be 4 to 12 digits.',
    pinMismatch: 'The two PINs are not the same.',
    pinLockedOut: (time: string, remaining: string) =>
      `Too many wrong PINs. You can try again at ${time} (in ${remaining}).`,

    // Review queue
    reviewHeading: 'Review',
    reviewIntro:
      'Every signed pledge on this laptop, imported ones included. Select pledges to group them into a batch; open one to see its receipt.',
    filters: 'Filters',
    filterText: 'Search',
    filterTextPlaceholder: 'Title, organisation or id',
    filterState: 'State',
    filterFocus: 'Focus area',
    filterKind: 'Kind of pledger',
    filterCountry: 'Target country',
    filterBatch: 'Batch',
    filterAny: 'Any',
    filterNoBatch: 'Not in a batch',
    filterClear: 'Clear filters',
    states: {
      signed: 'Held',
      queued: 'Queued',
      sending: 'Sending',
      acknowledged: 'Acknowledged',
      rejected: 'Rejected',
      conflict: 'Conflict',
    } satisfies Record<OutboxState, string>,
    stateCount: (state: string, n: number) => `${state} ${n}`,
    colTitle: 'Title',
    colLead: 'Lead pledger',
    colCountries: 'Countries',
    colSignedAt: 'Signed at',
    colState: 'State',
    colBatch: 'Batch',
    colOutcome: 'Outcome',
    colActions: 'Actions',
    selectAll: 'Select every pledge listed',
    selectRow: (title: string) => `Select “${title}”`,
    openReceipt: (title: string) => `Open the receipt of “${title}”`,
    imported: 'Imported',
    importedFrom: (bundle: string) => `Imported from bundle ${bundle}`,
    queueCount: (n: number) => (n === 1 ? '1 pledge' : `${n} pledges`),
    queueLoading: 'Loading pledges…',
    queueEmpty: 'No signed pledges on this laptop yet.',
    queueEmptyFiltered: 'No pledge matches these filters.',
    queueFailed: (message: string) => `The pledges could not be listed: ${message}`,
    backToQueue: 'Back to the list',
    selectedCount: (n: number) => (n === 1 ? '1 pledge selected' : `${n} pledges selected`),
    addToNewBatch: 'Add to new batch…',
    batchNamePlaceholder: 'Day 1 — morning session',
    batchNameNeeded: 'Give the new batch a name.',
    batchCreate: 'Create batch',
    addToBatch: 'Add to batch',
    batchPick: 'Choose a batch',
    noOpenBatches: 'No batch open for additions',
    batchAdd: 'Add',
    batchCreated: (name: string, n: number) =>
      n === 1 ? `Batch “${name}” created with 1 pledge.` : `Batch “${name}” created with ${n} pledges.`,
    batchAdded: (name: string, n: number) =>
      n === 1 ? `1 pledge added to “${name}”.` : `${n} pledges added to “${name}”.`,

    // Batches
    batchesHeading: 'Batches',
    batchesIntro:
      'A batch groups reviewed pledges so that they are released to the platform, or carried on a USB stick, together.',
    batchesLoading: 'Loading batches…',
    batchesEmpty: 'No batches yet. Select pledges in the Review tab and add them to a new batch.',
    batchesFailed: (message: string) => `The batches could not be listed: ${message}`,
    batchFailed: (message: string) => `The batch cannot be shown: ${message}`,
    allBatches: 'All batches',
    notSubmitted: 'Not submitted',
    submittedAt: (time: string) => `Submitted ${time}`,
    createdAt: (time: string) => `Created ${time}`,
    memberCount: (n: number) => (n === 1 ? '1 pledge' : `${n} pledges`),
    batchMembers: 'Pledges in this batch',
    batchEmpty: 'This batch has no pledges.',
    serverStatus: (status: string) => `Platform: ${status}`,
    removeFromBatch: (title: string) => `Remove “${title}” from this batch`,
    submitHeading: 'Submit the batch',
    submitExplain:
      'Submitting releases the held pledges in this batch to the platform as one unit: they are queued together and sent as soon as this laptop is online. A submitted batch can no longer change.',
    submit: 'Submit batch',
    submitting: 'Submitting…',
    submittedNote: (time: string) => `Submitted ${time}. Its pledges are on their way to the platform.`,
    exportBatchHeading: 'Export bundle…',
    exportBatchIntro: 'Write this batch to a bundle file, for example on a USB stick, to carry it to a laptop that is online.',

    // Transfer
    transferHeading: 'Transfer',
    transferIntro:
      'Carry pledges on a USB stick from a laptop that never gets online, send a bundle to the platform, or export the pledges for a spreadsheet.',
    exportAllHeading: 'Export a bundle',
    exportAllIntro: 'Everything on this laptop that the platform has not acknowledged yet, in one signed bundle file.',
    importHeading: 'Import a bundle',
    importIntro: 'Add the pledges of a bundle exported on another laptop. Importing the same bundle again changes nothing.',
    uploadHeading: 'Upload a bundle to the platform',
    uploadIntro: 'Send a bundle file as it is to the pledge platform. This laptop must be online and connected to the platform.',
    tableHeading: 'Export pledges for a spreadsheet',
    tableIntro: 'Every signed pledge, one per row, as CSV or as an Excel workbook.',
    filePath: 'File',
    filePathHint: 'The full path of the file, for example on a USB stick.',
    chooseFile: 'Choose…',
    format: 'Format',
    formats: { csv: 'CSV', xlsx: 'Excel (XLSX)' },
    exportBundle: 'Export bundle',
    importBundle: 'Import bundle',
    uploadBundle: 'Upload bundle',
    exportRun: 'Export',
    exporting: 'Exporting…',
    importing: 'Importing…',
    uploading: 'Uploading…',
    checkBundle: 'Check bundle',
    previewIntro: 'The bundle is self-consistent: every pledge matches the key the bundle carries for its laptop. Whose keys they are is not proven: compare each key fingerprint below with the Settings screen of that laptop before you go on.',
    previewSigner: (fingerprint: string) => `Self-consistent; signer key fingerprint ${fingerprint}.`,
    previewDevice: 'Laptop',
    previewFingerprint: 'Key fingerprint',
    previewPledges: 'Pledges',
    previewThisLaptop: 'This laptop',
    exporterLaptop: 'exported the bundle',
    confirmImport: 'Fingerprints match — import',
    confirmUpload: 'Fingerprints match — upload',
    exported: (items: number, size: string) =>
      items === 1 ? `1 pledge written (${size}).` : `${items} pledges written (${size}).`,
    tableWritten: (rows: number, size: string) => (rows === 1 ? `1 row written (${size}).` : `${rows} rows written (${size}).`),
    importedSummary: (items: number, created: number, duplicate: number, conflict: number) =>
      `${items === 1 ? '1 pledge' : `${items} pledges`} in the bundle: ${created} new, ${duplicate} already here, ${conflict} in conflict.`,
    uploadedSummary: (items: number, created: number, duplicate: number, conflict: number, rejected: number) =>
      `${items === 1 ? '1 pledge' : `${items} pledges`} sent: ${created} new, ${duplicate} already on the platform, ${conflict} in conflict, ${rejected} rejected.`,
    resultList: (n: number) => (n === 1 ? 'Show the pledge' : `Show the ${n} pledges`),
    outcomes: {
      created: 'New',
      duplicate: 'Already there',
      conflict: 'Conflict',
      rejected: 'Rejected',
    } satisfies Record<BundleOutcome, string>,

    // Summary
    summaryHeading: 'Summary',
    summaryIntro: 'What has been pledged so far, from every signed pledge on this laptop (imported ones included).',
    summaryLoading: 'Adding up the pledges…',
    summaryFailed: (message: string) => `The summary cannot be shown: ${message}`,
    summaryPledges: 'Signed pledges',
    summaryCurrencies: 'Currencies pledged in',
    summaryFinancial: 'Financial commitments',
    financialNone: 'No financial commitments yet.',
    fromPledges: (n: number) => (n === 1 ? 'from 1 pledge' : `from ${n} pledges`),
    summaryBreakdown: 'Pledges by category',
    summaryFocus: 'By focus area',
    summarySupport: 'By type of support',
    summaryKinds: 'By kind of pledger',
    summaryTargeting: 'Pledges targeting',
    tagged: (title: string, tag: string) => `${title} (${tag})`,
    colCategory: 'Category',
    colPledges: 'Pledges',
    refresh: 'Refresh',
    checking: 'Checking…',

    // Reconciliation
    reconcileHeading: 'Reconciliation',
    reconcileIntro:
      'Where every pledge on this laptop stands, by the device that signed it, and what the platform reports missing.',
    reconcileLoading: 'Checking…',
    reconcileFailed: (message: string) => `Reconciliation failed: ${message}`,
    checkAgain: 'Check again',
    onlyHere: (n: number) =>
      n === 1 ? '1 pledge is still only on this laptop' : `${n} pledges are still only on this laptop`,
    onlyHereHint: 'Keep this laptop safe until the platform has them, or export a bundle in the Transfer tab.',
    allDelivered: 'Everything on this laptop has reached the platform',
    serverChecked: 'Checked with the platform just now.',
    serverNotChecked: (error: string) => `The platform was not checked: ${error}`,
    colDevice: 'Device',
    thisLaptop: 'this laptop',
    colTotal: 'Total',
    colGaps: 'Gaps seen here',
    colServerMissing: 'Missing on the platform',
    notChecked: 'not checked — offline',

    // Staff settings
    settingsHeading: 'Staff mode',
    settingsIntro: 'How signed pledges are handled, and how staff mode is protected on this laptop.',
    hold: 'Hold signed pledges for review',
    holdHint:
      'When on, signed pledges wait on this laptop until staff submit them in a batch. When off, they are sent to the platform as soon as they are signed.',
    sittingIdleMinutes: 'End a delegate’s sitting after this many minutes without activity',
    sittingIdleHint: 'After that, the next person at the laptop cannot open the previous delegate’s pledge, draft or receipt. 1 to 120 minutes.',
    idleMinutes: 'Lock staff mode after this many minutes without activity',
    idleHint: 'Staff mode returns to the delegate screen by itself after this time.',
    idleInvalid: 'Enter a whole number of minutes, at least 1.',
    changePinHeading: 'Change the staff PIN',
    changePin: 'Change PIN',
    pinChanged: 'The staff PIN has been changed.',
  },

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
  signatoryRow: (n: number) => `Signatory ${n}`,
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

export type Messages = typeof en;
export default en;
