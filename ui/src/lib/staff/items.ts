// Small helpers over the staff-mode types, shared by the review queue,
// batches and reconciliation.

import type { OutboxCounts, PledgeStatus } from '../../generated/types';
import { OUTBOX_STATES } from '../enums';
import { m } from '../i18n/index.svelte';
import type { Reference } from '../reference';
import type { ReviewItem } from '../../generated/types';

const PLEDGE_STATUSES: readonly PledgeStatus[] = ['received', 'verified', 'published', 'rejected', 'superseded'];

/** The platform's status of a pledge, when it is one the window knows. */
export function serverStatusOf(item: ReviewItem): PledgeStatus | null {
  const s = item.server_status;
  return s !== null && (PLEDGE_STATUSES as readonly string[]).includes(s) ? (s as PledgeStatus) : null;
}

/** The platform's reason for a rejection or a conflict, as "code — message". */
export function reasonOf(item: { code: string | null; message: string | null }): string | null {
  const parts = [item.code, item.message].filter((p): p is string => !!p && p.trim() !== '');
  return parts.length > 0 ? parts.join(' — ') : null;
}

/** The title, or "Untitled". */
export function titleOf(item: ReviewItem): string {
  return item.title.trim() || m.staff.untitled;
}

/** Target countries by name in the UI language. */
export function countryNames(ref: Reference, codes: string[]): string[] {
  return codes.map((c) => ref.countryName(c) ?? c);
}

/** The non-zero counts of a batch or a device, e.g. "Held 2 · Queued 1". */
export function countsLine(counts: OutboxCounts): string {
  return OUTBOX_STATES.filter((s) => counts[s] > 0)
    .map((s) => m.staff.stateCount(m.staff.states[s], counts[s]))
    .join(' · ');
}

/** A device id shortened to its first 8 characters (the full id goes in a title). */
export function shortId(id: string): string {
  return id.length > 13 ? `${id.slice(0, 8)}…` : id;
}

/** The directory joined with a file name, with the directory's own separator. */
export function joinPath(dir: string, name: string): string {
  if (dir === '') return name;
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith(sep) ? `${dir}${name}` : `${dir}${sep}${name}`;
}

/** A name made safe for a file name: "Day 1 — morning" → "day-1-morning". */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, 40) || 'batch';
}
