// Typed wrappers around the Tauri commands. Every failure is turned into an
// AppError {code, message, fields?}, whatever was thrown.

import { invoke } from '@tauri-apps/api/core';
import type {
  AppError,
  DeviceSettings,
  DraftContent,
  DraftQuery,
  DraftSummary,
  ErrorCode,
  EventSettings,
  OpenedDraft,
  Page,
  PledgeSummary,
  Receipt,
  ReferenceData,
  Review,
  SaveOutcome,
  Signatory,
  Snapshot,
  SupportOverview,
  SyncSettings,
} from '../generated/types';
import { ERROR_CODES } from '../generated/types';
import { m } from './i18n/index.svelte';
import type {
  BatchDetail,
  BatchSummary,
  BundleExported,
  BundleImported,
  BundlePreview,
  BundleSelection,
  BundleUploaded,
  EventSummary,
  ExportFormat,
  ExportWritten,
  Reconciliation,
  ReviewFilter,
  ReviewItem,
  StaffSettings,
  StaffStatus,
} from '../generated/types';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isAppError(value: unknown): value is AppError {
  return (
    isRecord(value) &&
    typeof value.code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(value.code) &&
    isRecord(value.params) &&
    typeof value.message === 'string'
  );
}

/**
 * A failure the window itself words (already in the UI language): carried
 * as `internal` with the sentence as its `text`, which `errorText` says.
 */
export function windowFailure(text: string): AppError {
  return { code: 'internal', params: { text }, message: text };
}

/** The failures that leave Pledge Desk without its database: the window is replaced. */
const STORE_UNAVAILABLE: readonly ErrorCode[] = ['newer_database', 'corrupt_database', 'data_dir', 'migration_failed'];

export function storeUnavailable(error: AppError): boolean {
  return STORE_UNAVAILABLE.includes(error.code);
}

/** Whatever was thrown, as an AppError. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  // Not from Rust: a bug in the window. Its words are for the diagnostics.
  const detail =
    error instanceof Error ? error.message : typeof error === 'string' ? error : isRecord(error) ? String(error.message ?? '') : '';
  return { code: 'internal', params: {}, message: detail || 'unknown error' };
}

/**
 * What a failure says to the person at the screen, in the UI language: the
 * catalogue's sentence for its code, naming its params. Never Rust's English.
 */
export function errorText(error: Pick<AppError, 'code' | 'params'>): string {
  const text = error.code === 'internal' ? error.params.text : undefined;
  return text ?? m.errors[error.code](error.params);
}

/** Told of every refusal because staff mode is (no longer) unlocked. */
let onStaffRefused: ((error: AppError) => void) | null = null;

/**
 * Registers what happens when any command is refused with `staff_locked` or
 * `staff_only` (the window returns to delegate mode); returns the teardown.
 */
export function handleStaffRefusals(handler: (error: AppError) => void): () => void {
  onStaffRefused = handler;
  return () => {
    if (onStaffRefused === handler) onStaffRefused = null;
  };
}

/** Whether `error` has `code`. */
export function hasCode(error: AppError, code: ErrorCode): boolean {
  return error.code === code;
}

/** Whether `error` is a refusal because staff mode is locked. */
export function isStaffRefusal(error: AppError): boolean {
  return hasCode(error, 'staff_locked') || hasCode(error, 'staff_only');
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    const appError = toAppError(error);
    if (isStaffRefusal(appError)) onStaffRefused?.(appError);
    throw appError;
  }
}

export const api = {
  referenceData: (): Promise<ReferenceData> => call('reference_data'),
  draftNew: (): Promise<OpenedDraft> => call('draft_new'),
  draftOpen: (id: string): Promise<OpenedDraft> => call('draft_open', { id }),
  draftSave: (id: string, revision: number, content: DraftContent): Promise<SaveOutcome> =>
    call('draft_save', { id, revision, content }),
  draftList: (query: DraftQuery): Promise<Page<DraftSummary>> => call('draft_list', { query }),
  draftDelete: (id: string): Promise<null> => call('draft_delete', { id }),
  draftRestore: (id: string): Promise<null> => call('draft_restore', { id }),
  // Tauri passes camelCase keys to the snake_case arguments (draftId → draft_id).
  draftReview: (draftId: string): Promise<Review> => call('draft_review', { draftId }),
  pledgeSeal: (draftId: string, revision: number, signatories: Signatory[]): Promise<Receipt> =>
    call('pledge_seal', { draftId, revision, signatories }),
  pledgeReceipt: (pledgeId: string): Promise<Receipt> => call('pledge_receipt', { pledgeId }),
  pledgeList: (limit: number, cursor: string | null): Promise<Page<PledgeSummary>> =>
    call('pledge_list', { limit, cursor }),
  /** Writes the receipt as PDF to `path`, labels in the window's language; returns its size in bytes. */
  receiptPdf: (pledgeId: string, path: string, labels: Record<string, string>, language: string): Promise<number> =>
    call('receipt_pdf', { pledgeId, path, labels, language }),
  /** The typed name as signature path data from the system's fonts, in a width × height box. */
  typedSignature: (name: string, width: number, height: number): Promise<string> =>
    call('typed_signature', { name, width, height }),
  pledgeAmend: (pledgeId: string): Promise<OpenedDraft> => call('pledge_amend', { pledgeId }),
  deviceSettings: (): Promise<DeviceSettings> => call('device_settings'),
  eventSet: (event: EventSettings): Promise<null> => call('event_set', { event }),
  syncSettings: (): Promise<SyncSettings> => call('sync_settings'),
  /** Asks the background loop to try now; the outcome arrives as `sync-status` events. */
  syncNow: (): Promise<null> => call('sync_now'),
  /** Checks the address answers as the platform, enrols with the event's code and stores the token. */
  syncEnroll: (serverUrl: string, code: string, name: string): Promise<null> =>
    call('sync_enroll', { serverUrl, code, name }),
  /** Ends the delegate's sitting: what was drafted and signed in it can no longer be opened in delegate mode. */
  sittingEnd: (): Promise<null> => call('sitting_end'),

  // Staff mode (PIN-protected). In delegate mode the back end refuses every
  // command below but the first four with `staff_only`.
  staffStatus: (): Promise<StaffStatus> => call('staff_status'),
  /** First use (current null) sets the PIN and unlocks; changing it needs staff mode and the current PIN. */
  staffSetPin: (pin: string, current: string | null): Promise<StaffStatus> => call('staff_set_pin', { pin, current }),
  staffUnlock: (pin: string): Promise<StaffStatus> => call('staff_unlock', { pin }),
  staffLock: (): Promise<StaffStatus> => call('staff_lock'),
  /** Keeps staff mode unlocked; fails with `staff_locked` once it has timed out. */
  staffActivity: (): Promise<StaffStatus> => call('staff_activity'),
  staffSettings: (): Promise<StaffSettings> => call('staff_settings'),
  staffSettingsSet: (settings: StaffSettings): Promise<StaffSettings> => call('staff_settings_set', { settings }),
  /** Seconds a delegate's sitting lasts without activity (staff only). */
  sittingIdleTimeout: (): Promise<number> => call('sitting_idle_timeout'),
  sittingIdleTimeoutSet: (seconds: number): Promise<number> => call('sitting_idle_timeout_set', { seconds }),
  reviewQueue: (filter: ReviewFilter): Promise<ReviewItem[]> => call('review_queue', { filter }),
  batchCreate: (name: string, pledgeIds: string[]): Promise<BatchDetail> =>
    call('batch_create', { name, pledgeIds }),
  batchList: (): Promise<BatchSummary[]> => call('batch_list'),
  batchDetail: (batchId: string): Promise<BatchDetail> => call('batch_detail', { batchId }),
  batchAdd: (batchId: string, pledgeIds: string[]): Promise<BatchDetail> => call('batch_add', { batchId, pledgeIds }),
  batchRemove: (batchId: string, pledgeIds: string[]): Promise<BatchDetail> =>
    call('batch_remove', { batchId, pledgeIds }),
  batchSubmit: (batchId: string): Promise<BatchDetail> => call('batch_submit', { batchId }),
  bundleExport: (selection: BundleSelection, path: string): Promise<BundleExported> =>
    call('bundle_export', { selection, path }),
  /** Checks a bundle (nothing is written) and lists the devices it carries with their key fingerprints. */
  bundlePreview: (path: string): Promise<BundlePreview> => call('bundle_preview', { path }),
  bundleImport: (path: string): Promise<BundleImported> => call('bundle_import', { path }),
  bundleUpload: (path: string): Promise<BundleUploaded> => call('bundle_upload', { path }),
  defaultExportDir: (): Promise<string> => call('default_export_dir'),
  exportPledges: (format: ExportFormat, path: string): Promise<ExportWritten> =>
    call('export_pledges', { format, path }),
  eventSummary: (): Promise<EventSummary> => call('event_summary'),
  reconcile: (): Promise<Reconciliation> => call('reconcile'),
  reconciliationSave: (path: string): Promise<ExportWritten> => call('reconciliation_save', { path }),
  /** Where logs and backups are, the snapshots (newest first) and the last backup's outcome. */
  supportOverview: (): Promise<SupportOverview> => call('support_overview'),
  /** Versions, paths, sizes, counts and last errors: never contact details, tokens or keys. */
  diagnostics: (): Promise<string> => call('diagnostics'),
  backupNow: (): Promise<Snapshot | null> => call('backup_now'),
  /** Checks the snapshot and stages it: it replaces the database at the next start. */
  backupRestore: (fileName: string): Promise<null> => call('backup_restore', { fileName }),
  /** When the database is damaged: the newest snapshot that passes its check. */
  backupOffer: (): Promise<Snapshot | null> => call('backup_offer'),
  appRestart: (): Promise<null> => call('app_restart'),
};
