// Generated from the Rust types by `make types`. Do not edit.

export type PledgerKind = "government" | "private_sector" | "civil_society" | "academia" | "international_organization" | "other";

export type FocusArea = "access" | "adoption" | "value_creation" | "investment";

export type SupportType = "financial" | "policy" | "advocacy" | "programmatic";

export type Scope = "global" | "regional" | "national";

export type Beneficiary = "women_and_girls" | "youth" | "older_persons" | "persons_with_disabilities" | "rural_communities" | "indigenous_peoples" | "refugees_and_migrants" | "smes" | "general_public";

export type Metric = "people_connected" | "people_trained" | "people_reached" | "schools_connected" | "health_facilities_connected" | "population_coverage" | "jobs_created" | "startups_supported" | "other";

export type Pledge = { title: string, description: string, language: string, pledgers: Array<Pledger>, focus_areas: Array<FocusArea>, support_types: Array<SupportType>, geography: Geography, beneficiaries: Array<Beneficiary>, targets: Array<Target>, financial?: Financial, period: Period, sdgs: Array<number>, contact: Contact, };

export type Pledger = { name: string, kind: PledgerKind, country?: string, lead: boolean, };

export type Geography = { scope: Scope, countries: Array<string>, };

export type Target = { metric: Metric, value: number, unit?: string, };

export type Financial = { amount: number, currency: string, };

export type Period = { start: string, end: string, };

export type Contact = { name: string, email: string, };

export type DraftContent = { title: string, description: string, language: string, pledgers: Array<DraftPledger>, focus_areas: Array<FocusArea>, support_types: Array<SupportType>, geography: DraftGeography, beneficiaries: Array<Beneficiary>, targets: Array<DraftTarget>, financial: DraftFinancial, period: DraftPeriod, sdgs: Array<number>, contact: DraftContact, };

export type DraftPledger = { name: string, kind: PledgerKind | null, 
/**
 * ISO 3166-1 alpha-3, or empty.
 */
country: string, lead: boolean, };

export type DraftGeography = { scope: Scope | null, countries: Array<string>, };

export type DraftTarget = { metric: Metric | null, value: number | string | null, unit: string, };

export type DraftFinancial = { amount: number | string | null, 
/**
 * ISO 4217, or empty.
 */
currency: string, };

export type DraftPeriod = { 
/**
 * `YYYY-MM-DD`, or whatever was typed so far.
 */
start: string, end: string, };

export type DraftContact = { name: string, email: string, };

export type ProblemCode = "required" | "too_short" | "too_long" | "too_many" | "control_characters" | "invalid_language" | "invalid_country" | "country_not_allowed" | "invalid_currency" | "invalid_date" | "end_before_start" | "no_lead" | "multiple_leads" | "duplicate" | "out_of_range" | "not_whole_number" | "unit_required" | "invalid_email" | "unsupported_version" | "invalid_id" | "invalid_timestamp" | "missing_signatory" | "invalid_drawing" | "not_normalised";

export type Problem = { 
/**
 * Where, e.g. `pledgers[1].country`.
 */
path: string, code: ProblemCode, 
/**
 * A sentence a delegate understands (English).
 */
message: string, };

export type Source = { 
/**
 * Which list this is, e.g. `ldc`.
 */
list: string, source: string, 
/**
 * `YYYY-MM-DD`: the date the source gives for the list.
 */
date: string, 
/**
 * The number of entries the source gives on that date.
 */
count: number, };

export type Country = { alpha3: string, 
/**
 * For `Intl.DisplayNames` in the UI.
 */
alpha2: string, 
/**
 * English short name (ISO).
 */
name: string, ldc: boolean, lldc: boolean, sids: boolean, };

export type Currency = { code: string, name: string, };

export type Sdg = { number: number, short_name: string, title: string, };

export type ReferenceData = { countries: Array<Country>, currencies: Array<Currency>, sdgs: Array<Sdg>, sources: Array<Source>, };

export type DraftRecord = { id: string, content: DraftContent, 
/**
 * Increases with every save; a save names the revision it edited.
 */
revision: number, supersedes: string | null, created_at: string, updated_at: string, deleted_at: string | null, 
/**
 * The pledge this draft was signed as; a signed draft no longer changes.
 */
sealed_as: string | null, };

export type SavedDraft = { id: string, revision: number, updated_at: string, };

export type DraftSummary = { id: string, title: string, 
/**
 * Pledger names, the lead first.
 */
pledgers: Array<string>, 
/**
 * Target countries (alpha-3).
 */
countries: Array<string>, updated_at: string, deleted_at: string | null, sealed_as: string | null, };

export type DraftQuery = { text: string, 
/**
 * List the deleted drafts (to restore one) instead of the live ones.
 */
deleted: boolean, 
/**
 * How many to answer at most (0: a page of 200; at most 1000).
 */
limit: number, 
/**
 * Where the page starts: the `next_cursor` of the previous page.
 */
cursor?: string, };

export type Page<T> = { items: Array<T>, 
/**
 * How many match in all, on every page.
 */
total: number, 
/**
 * Pass it as `cursor` for the next page; none on the last page.
 */
next_cursor: string | null, };

export type OpenedDraft = { draft: DraftRecord, problems: Array<Problem>, };

export type SaveOutcome = { saved: SavedDraft, problems: Array<Problem>, };

export type SignatureMethod = "drawn" | "typed";

export type Signatory = { 
/**
 * Index of the signatory's organisation in `pledge.pledgers`.
 */
pledger: number, name: string, title: string, 
/**
 * RFC 3339 UTC, seconds, `Z`.
 */
signed_at: string, method: SignatureMethod, 
/**
 * SVG path data (`d` attribute), at most 64 KiB.
 */
drawing: string, };

export type Envelope = { v: number, kind: string, pledge_id: string, 
/**
 * The pledge this one amends; `null` when none.
 */
supersedes: string | null, event_id: string, device_id: string, device_seq: number, signed_at: string, pledge: Pledge, signatories: Array<Signatory>, };

export type PledgeStatus = "received" | "verified" | "published" | "rejected" | "superseded";

export type OutboxState = "signed" | "queued" | "sending" | "acknowledged" | "rejected" | "conflict";

export type PledgeRecord = { pledge_id: string, draft_id: string | null, envelope: Envelope, 
/**
 * Lower-case hex SHA-256 of the signed bytes.
 */
content_hash: string, 
/**
 * First 16 hex digits of the hash, grouped by 4.
 */
fingerprint: string, public_key: string, state: OutboxState, server_status: PledgeStatus | null, 
/**
 * The server's reason when rejected or in conflict.
 */
message: string | null, };

export type PledgeSummary = { pledge_id: string, title: string, device_seq: number, signed_at: string, fingerprint: string, state: OutboxState, server_status: PledgeStatus | null, };

export type EventSettings = { 
/**
 * A slug `[a-z0-9-]{3,64}`, e.g. `kigali-2022`.
 */
event_id: string, event_name: string, };

export type RenewalReason = "other_machine" | "device_seq_reused";

export type RetiredIdentity = { device_id: string, key_fingerprint: string, reason: RenewalReason, retired_at: string, 
/**
 * The identity that took its place.
 */
new_device_id: string, };

export type DeviceSettings = { event: EventSettings | null, device_id: string, public_key: string, 
/**
 * SHA-256 of the public key, 16 hex digits grouped by 4.
 */
fingerprint: string, 
/**
 * Identities this laptop signed with before (newest first): the data
 * directory came from another machine, or another laptop signed as it.
 */
retired: Array<RetiredIdentity>, };

export type QrPath = { size: number, 
/**
 * Path data of the dark modules (quiet zone included in `size`).
 */
path: string, 
/**
 * The text encoded.
 */
text: string, };

export type Receipt = { pledge: PledgeRecord, qr: QrPath | null, };

export type Review = { draft_id: string, revision: number, pledge: Pledge | null, problems: Array<Problem>, event: EventSettings | null, supersedes: string | null, };

export type Role = "delegate" | "staff";

export type OutboxCounts = { signed: number, queued: number, sending: number, acknowledged: number, rejected: number, conflict: number, };

export type Progress = { done: number, total: number, };

export type SyncStatus = { 
/**
 * `None` until the first attempt.
 */
online: boolean | null, running: boolean, pending: number, 
/**
 * Signed, held back for staff review: not sent, only on this laptop.
 */
held: number, progress: Progress | null, last_success_at: string | null, 
/**
 * Why the last attempt failed; cleared by a success.
 */
last_error: ErrorReport | null, 
/**
 * Sequence numbers the platform lacks although it acknowledged them: an alarm.
 */
missing_on_server: Array<number>, 
/**
 * Of those (and of pledges a staff laptop forwarded), how many the
 * last pass queued and sent again: the platform had lost them.
 */
requeued: number, 
/**
 * When the next automatic attempt is due (RFC 3339), if one is scheduled.
 */
next_attempt_at: string | null, };

export type SyncSettings = { server_url: string | null, enrolled: boolean, role: Role | null, status: SyncStatus, };

export type StaffStatus = { pin_set: boolean, unlocked: boolean, failed_attempts: number, 
/**
 * Wrong PINs in a row that lock staff mode for a while.
 */
tries_before_lockout: number, 
/**
 * RFC 3339; set while wrong PINs keep staff mode locked.
 */
locked_until: string | null, idle_timeout_secs: number, 
/**
 * A delegate's sitting ends after this long without activity; the
 * window clears the form then (the draft stays for staff).
 */
delegate_idle_secs: number, };

export type StaffSettings = { 
/**
 * Keep signed pledges on this laptop until staff submit them in a batch.
 */
hold_submissions: boolean, idle_timeout_secs: number, };

export type ReviewFilter = { state: OutboxState | null, focus_area: string | null, pledger_kind: string | null, 
/**
 * ISO 3166-1 alpha-3 of a target country or a pledger's country.
 */
country: string | null, 
/**
 * Words in the title, a pledger's name, the pledge id, the contact's
 * name or email, or a signatory's name.
 */
text: string | null, 
/**
 * A batch id; `"none"` for pledges in no batch; unset for any.
 */
batch: string | null, };

export type ReviewItem = { pledge_id: string, device_id: string, device_seq: number, 
/**
 * Signed on this laptop (else carried in by a bundle).
 */
own_device: boolean, title: string, lead_pledger: string, pledgers: Array<string>, pledger_kinds: Array<string>, countries: Array<string>, focus_areas: Array<string>, support_types: Array<string>, signed_at: string, state: OutboxState, server_status: string | null, code: string | null, message: string | null, batch_id: string | null, batch_name: string | null, 
/**
 * The bundle it arrived in, when signed on another laptop.
 */
imported_from: string | null, };

export type BatchSummary = { batch_id: string, name: string, created_at: string, submitted_at: string | null, total: number, 
/**
 * Members by delivery state: the per-pledge outcomes after sync.
 */
counts: OutboxCounts, };

export type BatchDetail = { batch: BatchSummary, items: Array<ReviewItem>, };

export type BundleSelection = { "kind": "batch", batch_id: string, } | { "kind": "unacknowledged" };

export type BundleExported = { path: string, bundle_id: string, items: number, bytes: number, };

export type ImportOutcome = "created" | "duplicate" | "conflict";

export type ImportedItem = { pledge_id: string, outcome: ImportOutcome, };

export type BundleImported = { bundle_id: string, exporter_device_id: string, items: number, created: number, duplicate: number, conflict: number, results: Array<ImportedItem>, };

export type BundlePreview = { bundle_id: string, event_id: string, exporter_device_id: string, items: number, 
/**
 * `self-consistent; signer key fingerprint …` (the exporter's key).
 */
checked: string, devices: Array<CarriedDevice>, };

export type CarriedDevice = { device_id: string, 
/**
 * What this laptop knows the device as (`this laptop`), if anything.
 */
name: string | null, 
/**
 * The device is this laptop.
 */
this_laptop: boolean, 
/**
 * The key's fingerprint as the device's Settings show it.
 */
key_fingerprint: string, 
/**
 * How many of the bundle's pledges it signed.
 */
pledges: number, 
/**
 * The device that exported (and signed) the bundle.
 */
exporter: boolean, };

export type UploadOutcome = "created" | "duplicate" | "conflict" | "rejected";

export type UploadedItem = { pledge_id: string | null, outcome: UploadOutcome, code: string | null, message: string | null, };

export type BundleUploaded = { items: number, created: number, duplicate: number, conflict: number, rejected: number, results: Array<UploadedItem>, };

export type ExportFormat = "csv" | "xlsx";

export type ExportWritten = { path: string, rows: number, bytes: number, };

export type Count = { key: string, count: number, };

export type CurrencyTotal = { 
/**
 * ISO 4217 code.
 */
currency: string, 
/**
 * Sum of the amounts, in whole units (saturates rather than wraps).
 */
total: number, 
/**
 * How many pledges add to it.
 */
pledges: number, };

export type Targeting = { ldc: number, lldc: number, sids: number, };

export type EventSummary = { 
/**
 * How many pledges are counted.
 */
pledges: number, 
/**
 * Financial pledges per currency, sorted by currency code. Amounts in
 * different currencies are never added together.
 */
financial: Array<CurrencyTotal>, 
/**
 * Pledges per focus area (a pledge counts once in each area it names).
 */
focus_areas: Array<Count>, 
/**
 * Pledges per type of support.
 */
support_types: Array<Count>, 
/**
 * Pledges with at least one pledger of each kind (a joint pledge of a
 * government and a company counts for both).
 */
pledger_kinds: Array<Count>, targeting: Targeting, };

export type DeviceReconciliation = { device_id: string, 
/**
 * This laptop's own device.
 */
own_device: boolean, counts: OutboxCounts, total: number, highest_seq: number, 
/**
 * Sequence numbers below the highest that this laptop does not hold.
 */
local_gaps: Array<number>, 
/**
 * What the platform reports missing of the pledges it acknowledged
 * (`null` when not asked or not reachable).
 */
server_missing: Array<number> | null, 
/**
 * How many of those this check queued again (the platform had lost
 * them: restored from a backup).
 */
requeued: number, };

export type ServerCheck = { checked: boolean, 
/**
 * Why the platform could not be asked.
 */
error: ErrorReport | null, };

export type Reconciliation = { devices: Array<DeviceReconciliation>, 
/**
 * Signed here, not acknowledged by the platform and in no exported
 * bundle: these exist only on this laptop.
 */
only_here: number, 
/**
 * Every pledge on this laptop by delivery state (the devices' counts
 * added up).
 */
totals: OutboxCounts, 
/**
 * Drafts not deleted and never signed: they exist only on this laptop.
 */
unsigned_drafts: number, server: ServerCheck, };

export type Snapshot = { 
/**
 * The file name in the backups folder, e.g. `pledge-desk-20220608T101500000Z.sqlite3`.
 */
file_name: string, 
/**
 * When it was taken, RFC 3339 UTC.
 */
taken_at: string, bytes: number, };

export type BackupStatus = { last_snapshot: Snapshot | null, 
/**
 * Why the last attempt failed (disk full, folder not writable, check failed).
 */
last_error: ErrorReport | null, last_error_at: string | null, 
/**
 * A restore was chosen and is applied at the next start.
 */
restore_pending: boolean, 
/**
 * What the last start-up restore did, e.g. where the old file was set aside.
 */
restored_at_start: string | null, };

export type SupportOverview = { log_dir: string | null, 
/**
 * Why logs are not being written to a file, if they are not.
 */
log_error: ErrorReport | null, backups_dir: string | null, 
/**
 * Newest first.
 */
snapshots: Array<Snapshot>, 
/**
 * Why the backups folder could not be listed, if it could not.
 */
snapshots_error: string | null, backup: BackupStatus, };

export type Limits = { title_min: number, title_max: number, description_max: number, name_max: number, 
/**
 * A signatory's name when signing (not a rule of verification: a
 * pledge signed before it still verifies).
 */
signatory_name_min: number, pledgers_max: number, targets_max: number, unit_max: number, email_max: number, amount_max: number, target_value_max: number, };

export type ErrorCode = "newer_database" | "corrupt_database" | "data_dir" | "migration_failed" | "database_error" | "stored_data_invalid" | "disk_full" | "invalid_cursor" | "draft_not_found" | "pledge_not_found" | "stale_revision" | "draft_too_large" | "draft_sealed" | "not_signable" | "invalid_signatories" | "no_event" | "invalid_event_id" | "key_missing" | "key_unreadable" | "identity_renewed" | "no_font" | "empty_signature" | "signature_too_large" | "staff_only" | "staff_locked" | "wrong_pin" | "pin_locked_out" | "pin_not_set" | "invalid_pin" | "invalid_batch_name" | "batch_not_found" | "already_batched" | "batch_submitted" | "nothing_to_export" | "no_path" | "file_unreadable" | "file_unwritable" | "bundle_too_large" | "bundle_invalid" | "bundle_tampered" | "bundle_wrong_event" | "bundle_unknown_device" | "export_failed" | "receipt_failed" | "backup_failed" | "backup_not_found" | "backup_damaged" | "invalid_address" | "offline" | "not_platform" | "certificate_untrusted" | "not_enrolled" | "refused" | "platform_trouble" | "bad_answer" | "local_failure" | "internal";

export type ErrorReport = { code: ErrorCode, params: { [key in string]: string }, message: string, };

export type AppError = { code: ErrorCode, 
/**
 * The values the window's sentence names (a path, a count, …).
 */
params: { [key in string]: string }, 
/**
 * The English sentence, for logs and diagnostics.
 */
message: string, fields?: Array<Problem>, };

export const LIMITS: Limits = {"title_min":5,"title_max":200,"description_max":4000,"name_max":200,"signatory_name_min":2,"pledgers_max":20,"targets_max":20,"unit_max":50,"email_max":254,"amount_max":1000000000000000,"target_value_max":1000000000000};

/** The digits of a staff PIN (pledge-store). */
export const PIN_DIGITS = { min: 4, max: 12 } as const;

export const ERROR_CODES: readonly ErrorCode[] = ['newer_database', 'corrupt_database', 'data_dir', 'migration_failed', 'database_error', 'stored_data_invalid', 'disk_full', 'invalid_cursor', 'draft_not_found', 'pledge_not_found', 'stale_revision', 'draft_too_large', 'draft_sealed', 'not_signable', 'invalid_signatories', 'no_event', 'invalid_event_id', 'key_missing', 'key_unreadable', 'identity_renewed', 'no_font', 'empty_signature', 'signature_too_large', 'staff_only', 'staff_locked', 'wrong_pin', 'pin_locked_out', 'pin_not_set', 'invalid_pin', 'invalid_batch_name', 'batch_not_found', 'already_batched', 'batch_submitted', 'nothing_to_export', 'no_path', 'file_unreadable', 'file_unwritable', 'bundle_too_large', 'bundle_invalid', 'bundle_tampered', 'bundle_wrong_event', 'bundle_unknown_device', 'export_failed', 'receipt_failed', 'backup_failed', 'backup_not_found', 'backup_damaged', 'invalid_address', 'offline', 'not_platform', 'certificate_untrusted', 'not_enrolled', 'refused', 'platform_trouble', 'bad_answer', 'local_failure', 'internal'];
