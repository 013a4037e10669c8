// The English catalogue: Staff mode: PIN, review queue, batches, summary, reconciliation, transfers.

import type { OutboxState } from '../../../generated/types';
import type { StaffTab } from '../../staff/tabs';
import type { BundleOutcome, Moment } from '../en';
import { plural } from '../plural';
import { n$, at, pledges } from './words';

export const staff = {
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
      closing: 'End of event',
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
        : `That PIN is not right. ${plural('en', left, { one: `${n$(left)} more try`, other: `${n$(left)} more tries` })} before staff mode locks for a while.`,
    pinInvalid: (min: number, max: number) => `The PIN must be ${n$(min)} to ${n$(max)} digits.`,
    pinMismatch: 'The two PINs are not the same.',
    pinLockedOut: (time: string, remaining: string) =>
      `Too many wrong PINs. You can try again at ${time} (in ${remaining}).`,

    // Review queue
    reviewHeading: 'Review',
    reviewIntro:
      'Every signed pledge on this laptop, imported ones included. Select pledges to group them into a batch; open one to see its receipt.',
    filters: 'Filters',
    filterText: 'Search',
    filterTextPlaceholder: 'Title, organisation, contact, signatory or id',
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
    stateCount: (state: string, n: number) => `${state} ${n$(n)}`,
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
    queueCount: (n: number) => pledges(n),
    queueLoading: 'Loading pledges…',
    queueEmpty: 'No signed pledges on this laptop yet.',
    queueEmptyFiltered: 'No pledge matches these filters.',
    queueFailed: (message: string) => `The pledges could not be listed: ${message}`,
    backToQueue: 'Back to the list',
    selectedCount: (n: number) => `${pledges(n)} selected`,
    addToNewBatch: 'Add to new batch…',
    batchNamePlaceholder: 'Day 1 — morning session',
    batchNameNeeded: 'Give the new batch a name.',
    batchCreate: 'Create batch',
    addToBatch: 'Add to batch',
    batchPick: 'Choose a batch',
    noOpenBatches: 'No batch open for additions',
    batchAdd: 'Add',
    batchCreated: (name: string, n: number) => `Batch “${name}” created with ${pledges(n)}.`,
    batchAdded: (name: string, n: number) => `${pledges(n)} added to “${name}”.`,

    // Batches
    batchesHeading: 'Batches',
    batchesIntro:
      'A batch groups reviewed pledges so that they are released to the platform, or carried on a USB stick, together.',
    batchesIntroGrouping:
      'A batch groups reviewed pledges under a name, to label them or to carry them together on a USB stick. Signed pledges are sent to the platform without waiting for a batch.',
    batchesLoading: 'Loading batches…',
    batchesEmpty: 'No batches yet. Select pledges in the Review tab and add them to a new batch.',
    batchesFailed: (message: string) => `The batches could not be listed: ${message}`,
    batchFailed: (message: string) => `The batch cannot be shown: ${message}`,
    allBatches: 'All batches',
    notSubmitted: 'Not submitted',
    submittedAt: (moment: Moment) => `Submitted ${at(moment)}`,
    createdAt: (moment: Moment) => `Created ${at(moment)}`,
    memberCount: (n: number) => pledges(n),
    batchMembers: 'Pledges in this batch',
    batchEmpty: 'This batch has no pledges.',
    serverStatus: (status: string) => `Platform: ${status}`,
    removeFromBatch: (title: string) => `Remove “${title}” from this batch`,
    submitHeading: 'Submit the batch',
    submitExplain: (n: number) =>
      plural('en', n, {
        one: `Submitting releases the ${n$(n)} held pledge in this batch to the platform: it is queued and sent as soon as this laptop is online. A submitted batch can no longer change.`,
        other: `Submitting releases the ${n$(n)} held pledges in this batch to the platform as one unit: they are queued together and sent as soon as this laptop is online. A submitted batch can no longer change.`,
      }),
    submitNothingHeld: 'None of the pledges in this batch is held: submitting only closes the batch to changes.',
    batchGrouping:
      'Pledges are not held for review on this laptop: they are sent to the platform as soon as they are signed, so there is nothing to submit. Use this batch to label the pledges or to export them together.',
    submit: 'Submit batch',
    submitting: 'Submitting…',
    submittedNote: (when: string) => `Submitted on ${when}. Its pledges are on their way to the platform.`,
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
    previewIntro:
      'The bundle is self-consistent: every pledge matches the key the bundle carries for its laptop. Whose keys they are is not proven: compare each key fingerprint below with the Settings screen of that laptop before you go on.',
    previewSigner: (fingerprint: string) => `Self-consistent; signer key fingerprint ${fingerprint}.`,
    previewDevice: 'Laptop',
    previewFingerprint: 'Key fingerprint',
    previewPledges: 'Pledges',
    previewThisLaptop: 'This laptop',
    exporterLaptop: 'exported the bundle',
    confirmImport: 'Fingerprints match — import',
    confirmUpload: 'Fingerprints match — upload',
    exported: (items: number, size: string) => `${pledges(items)} written (${size}).`,
    tableWritten: (rows: number, size: string) =>
      plural('en', rows, { one: `${n$(rows)} row written (${size}).`, other: `${n$(rows)} rows written (${size}).` }),
    importedSummary: (items: number, created: number, duplicate: number, conflict: number) =>
      `${pledges(items)} in the bundle: ${n$(created)} new, ${n$(duplicate)} already here, ${n$(conflict)} in conflict.`,
    uploadedSummary: (items: number, created: number, duplicate: number, conflict: number, rejected: number) =>
      `${pledges(items)} sent: ${n$(created)} new, ${n$(duplicate)} already on the platform, ${n$(conflict)} in conflict, ${n$(rejected)} rejected.`,
    resultList: (n: number) => plural('en', n, { one: 'Show the pledge', other: `Show the ${n$(n)} pledges` }),
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
    fromPledges: (n: number) => `from ${pledges(n)}`,
    summaryBreakdown: 'Pledges by category',
    summaryFocus: 'By focus area',
    summarySupport: 'By type of support',
    summaryKinds: 'By kind of pledger',
    summaryTargeting: 'Pledges by group of countries targeted',
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
      plural('en', n, {
        one: `${n$(n)} pledge is still only on this laptop`,
        other: `${n$(n)} pledges are still only on this laptop`,
      }),
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
    sittingIdleHint:
      'After that, the next person at the laptop cannot open the previous delegate’s pledge, draft or receipt. 1 to 120 minutes.',
    idleMinutes: 'Lock staff mode after this many minutes without activity',
    idleHint: 'Staff mode returns to the delegate screen by itself after this time.',
    idleInvalid: 'Enter a whole number of minutes, at least 1.',
    changePinHeading: 'Change the staff PIN',
    changePin: 'Change PIN',
    pinChanged: 'The staff PIN has been changed.',
  },
};

export type StaffMessages = typeof staff;
