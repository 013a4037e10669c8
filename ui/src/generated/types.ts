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

export type DraftTarget = { metric: Metric | null, value: number | null, unit: string, };

export type DraftFinancial = { amount: number | null, 
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

export type ProblemCode = "required" | "too_short" | "too_long" | "too_many" | "control_characters" | "invalid_language" | "invalid_country" | "country_not_allowed" | "invalid_currency" | "invalid_date" | "end_before_start" | "no_lead" | "multiple_leads" | "duplicate" | "out_of_range" | "unit_required" | "invalid_email" | "unsupported_version" | "invalid_id" | "invalid_timestamp" | "missing_signatory" | "invalid_drawing" | "not_normalised";

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
deleted: boolean, limit: number, };

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

export type DeviceSettings = { event: EventSettings | null, device_id: string, public_key: string, 
/**
 * SHA-256 of the public key, 16 hex digits grouped by 4.
 */
fingerprint: string, };

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
online: boolean | null, running: boolean, pending: number, progress: Progress | null, last_success_at: string | null, last_error: string | null, last_error_code: string | null, 
/**
 * Sequence numbers the platform lacks although it acknowledged them: an alarm.
 */
missing_on_server: Array<number>, 
/**
 * When the next automatic attempt is due (RFC 3339), if one is scheduled.
 */
next_attempt_at: string | null, };

export type SyncSettings = { server_url: string | null, enrolled: boolean, role: Role | null, status: SyncStatus, };

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
last_error: string | null, last_error_at: string | null, 
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
log_error: string | null, backups_dir: string | null, 
/**
 * Newest first.
 */
snapshots: Array<Snapshot>, 
/**
 * Why the backups folder could not be listed, if it could not.
 */
snapshots_error: string | null, backup: BackupStatus, };

export type ErrorCode = "store_unavailable" | "not_found" | "stale_revision" | "too_large" | "sealed" | "needs_setup" | "key_unavailable" | "sync" | "backup" | "invalid" | "internal";

export type AppError = { code: ErrorCode, 
/**
 * A sentence for the person at the screen, saying what to do.
 */
message: string, fields?: Array<Problem>, };
