// The English catalogue: one sentence per error code (pledge_core::ErrorCode,
// generated into ErrorCode). `p` holds the values Rust sends with the code
// (a path, a count); a sentence says what happened and what to do.

import type { ErrorCode } from '../../../generated/types';
import { plural } from '../plural';
import { n$ } from './words';

/** The values an error names, as Rust sends them (all text). */
export type ErrorParams = Readonly<Record<string, string | undefined>>;

const count = (p: ErrorParams, key: string): number => Number(p[key] ?? 0);
const quoted = (p: ErrorParams, key: string): string => `“${p[key] ?? ''}”`;

export const errors = {
  newer_database: () =>
    'This data was written by a newer version of Pledge Desk and was left untouched. Install the newer version to open it.',
  corrupt_database: (p: ErrorParams) =>
    `The database ${p.path ?? ''} is damaged. It was left as it is: restore a backup, or ask the event’s support staff.`,
  data_dir: () =>
    'The data folder of Pledge Desk cannot be used. Check that the disk is connected and writable, then restart Pledge Desk.',
  migration_failed: () =>
    'The database could not be updated to this version of Pledge Desk. Nothing was changed: ask the event’s support staff.',
  database_error: () =>
    'The database reported a problem. Try again; if it happens again, copy the diagnostics for the support staff.',
  stored_data_invalid: () => 'Something stored on this laptop cannot be read. Copy the diagnostics for the support staff.',
  disk_full: () =>
    'The disk is full: nothing more can be saved. Free some space on this laptop (or move the data folder), then try again.',
  invalid_cursor: () => 'The list changed; it starts again from the top.',
  draft_not_found: () => 'This draft is no longer on this laptop.',
  pledge_not_found: () => 'This signed pledge is not on this laptop.',
  batch_not_found: () => 'This batch is no longer on this laptop.',
  stale_revision: () => 'This draft was changed elsewhere. Reopen it to continue from the latest version.',
  draft_too_large: () => 'The draft is too large to save. Shorten the longest text.',
  draft_sealed: () => 'This draft was signed and can no longer change. Amend the pledge to make changes.',
  not_signable: (p: ErrorParams) =>
    plural('en', count(p, 'count'), {
      one: 'The pledge cannot be signed yet: 1 thing to complete.',
      other: `The pledge cannot be signed yet: ${n$(count(p, 'count'))} things to complete.`,
    }),
  invalid_signatories: () => 'The signatures are not complete: each signatory needs a full name and a signature.',
  no_event: () => 'Choose the event this laptop serves (Settings) before signing.',
  invalid_event_id: () => 'An event id is 3 to 64 lower-case letters, digits and hyphens, e.g. kigali-2022.',
  key_missing: () =>
    'The key this laptop signs with is missing. Restore the data folder from a backup; ask the event’s support staff.',
  key_unreadable: () =>
    'The key this laptop signs with cannot be read. Restore the data folder from a backup; ask the event’s support staff.',
  identity_renewed: () => 'This laptop has just taken a new device identity (it was copied from another one). Sign again.',
  no_font: () => 'No font on this laptop can write this name. Draw the signature instead.',
  empty_signature: () => 'Type the name to sign with.',
  signature_too_large: () => 'This name is too long to draw as a signature. Draw the signature instead.',
  staff_only: () => 'This needs staff mode: open it with the staff PIN.',
  staff_locked: () => 'Staff mode locked itself after a while without activity: enter the PIN again.',
  wrong_pin: (p: ErrorParams) =>
    plural('en', count(p, 'left'), {
      one: 'That PIN is not right. 1 more try before staff mode locks for a while.',
      other: `That PIN is not right. ${n$(count(p, 'left'))} more tries before staff mode locks for a while.`,
    }),
  pin_locked_out: () => 'Too many wrong PINs: staff mode is locked for a while. Ask the event’s staff lead if you forgot the PIN.',
  pin_not_set: () => 'No staff PIN is set yet: set one to open staff mode.',
  invalid_pin: (p: ErrorParams) => `A staff PIN is ${p.min ?? ''} to ${p.max ?? ''} digits.`,
  invalid_batch_name: () => 'A batch name is 1 to 120 characters, e.g. “Day 1 — morning session”.',
  already_batched: (p: ErrorParams) =>
    `A pledge is already in batch ${quoted(p, 'batch')}; a pledge belongs to one batch at most. Remove it there first.`,
  batch_submitted: (p: ErrorParams) => `Batch ${quoted(p, 'batch')} was submitted and can no longer change.`,
  nothing_to_export: () => 'There is nothing to export: no signed pledge is selected.',
  no_path: () => 'Choose where the file goes.',
  file_unreadable: (p: ErrorParams) => `${p.path ?? 'The file'} cannot be read. Check that it is there and that the USB stick is plugged in.`,
  file_unwritable: (p: ErrorParams) =>
    `${p.path ?? 'The file'} cannot be written. Choose another folder, or check that its drive (a USB stick, say) is connected, writable and not full.`,
  bundle_too_large: () => 'This bundle file is too large. Export smaller batches.',
  bundle_invalid: () => 'This is not a usable bundle file. Nothing was imported.',
  bundle_tampered: () => 'The bundle was changed after it was exported. Nothing was imported: ask for a fresh export.',
  bundle_wrong_event: (p: ErrorParams) =>
    `The bundle is for event ${p.bundle ?? ''}, but this laptop serves ${p.ours ?? ''}. Nothing was imported.`,
  bundle_unknown_device: () =>
    'The bundle holds pledges from a laptop whose key it does not carry. Nothing was imported: ask for a fresh export.',
  export_failed: () => 'The export could not be made. Try again; if it fails again, copy the diagnostics for the support staff.',
  receipt_failed: () => 'The receipt could not be made. Try again, or print it from the screen.',
  backup_failed: () => 'The backup failed; Pledge Desk keeps working. Free some disk space or check the backup folder.',
  backup_not_found: () => 'This backup is no longer in the backup folder.',
  backup_damaged: () => 'This backup is damaged and cannot be used. Choose another one.',
  invalid_address: () => 'The server address is not valid: use https://…, or http:// only for this computer (localhost).',
  offline: () => 'The platform cannot be reached; pledges stay queued until it can be.',
  not_platform: () =>
    'The address answers, but not as the P2C pledge platform: check the address, or sign in to the network first.',
  certificate_untrusted: () =>
    'This computer does not trust the platform’s security certificate; pledges stay queued. If the platform uses a private certificate authority, ask IT to add it to this computer’s trusted certificates, then restart Pledge Desk.',
  not_enrolled: () => 'This laptop is not enrolled with the platform yet.',
  refused: (p: ErrorParams) =>
    `The platform refused (${p.platform_code ?? ''}). Pledges stay on this laptop; ask the event staff.`,
  platform_trouble: () => 'The platform is having trouble; pledges stay queued and it will retry.',
  bad_answer: () => 'The platform gave an answer that cannot be read; it will be tried again.',
  local_failure: () => 'This laptop could not prepare the sync; pledges stay queued. Restart Pledge Desk; if it happens again, copy the diagnostics for the support staff.',
  internal: () => 'Something went wrong in Pledge Desk. Try again; if it happens again, copy the diagnostics for the support staff.',
} satisfies Record<ErrorCode, (p: ErrorParams) => string>;
