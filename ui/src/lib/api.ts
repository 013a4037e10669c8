// Typed wrappers around the Tauri commands. Every failure is turned into an
// AppError {code, message, fields?}, whatever was thrown.

import { invoke } from '@tauri-apps/api/core';
import type {
  AppError,
  DeviceSettings,
  DraftContent,
  DraftQuery,
  DraftSummary,
  EventSettings,
  OpenedDraft,
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
import { ERROR_CODES } from './enums';
import { m } from './i18n/index.svelte';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isAppError(value: unknown): value is AppError {
  return (
    isRecord(value) &&
    typeof value.code === 'string' &&
    (ERROR_CODES as string[]).includes(value.code) &&
    typeof value.message === 'string'
  );
}

/** Whatever was thrown, as an AppError. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (error instanceof Error && error.message) return { code: 'internal', message: error.message };
  if (typeof error === 'string' && error) return { code: 'internal', message: error };
  if (isRecord(error) && typeof error.message === 'string' && error.message) {
    return { code: 'internal', message: error.message };
  }
  return { code: 'internal', message: m.unknownError };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toAppError(error);
  }
}

export const api = {
  referenceData: (): Promise<ReferenceData> => call('reference_data'),
  draftNew: (): Promise<OpenedDraft> => call('draft_new'),
  draftOpen: (id: string): Promise<OpenedDraft> => call('draft_open', { id }),
  draftSave: (id: string, revision: number, content: DraftContent): Promise<SaveOutcome> =>
    call('draft_save', { id, revision, content }),
  draftList: (query: DraftQuery): Promise<DraftSummary[]> => call('draft_list', { query }),
  draftDelete: (id: string): Promise<null> => call('draft_delete', { id }),
  draftRestore: (id: string): Promise<null> => call('draft_restore', { id }),
  // Tauri passes camelCase keys to the snake_case arguments (draftId → draft_id).
  draftReview: (draftId: string): Promise<Review> => call('draft_review', { draftId }),
  pledgeSeal: (draftId: string, revision: number, signatories: Signatory[]): Promise<Receipt> =>
    call('pledge_seal', { draftId, revision, signatories }),
  pledgeReceipt: (pledgeId: string): Promise<Receipt> => call('pledge_receipt', { pledgeId }),
  pledgeList: (): Promise<PledgeSummary[]> => call('pledge_list'),
  pledgeAmend: (pledgeId: string): Promise<OpenedDraft> => call('pledge_amend', { pledgeId }),
  deviceSettings: (): Promise<DeviceSettings> => call('device_settings'),
  eventSet: (event: EventSettings): Promise<null> => call('event_set', { event }),
  syncSettings: (): Promise<SyncSettings> => call('sync_settings'),
  /** Asks the background loop to try now; the outcome arrives as `sync-status` events. */
  syncNow: (): Promise<null> => call('sync_now'),
  /** Checks the address answers as the platform, enrols with the event's code and stores the token. */
  syncEnroll: (serverUrl: string, code: string, name: string): Promise<null> =>
    call('sync_enroll', { serverUrl, code, name }),
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
