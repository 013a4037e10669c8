// What a pledge's delivery and the sync connection are called, decided from
// the generated wire values. Pure functions: the words are in messages.ts.

import type { OutboxState, PledgeStatus, SyncStatus } from '../generated/types';

/** One word for where a signed pledge is on its way to the platform. */
export type Delivery =
  | 'signed'
  | 'queued'
  | 'sending'
  | 'sent'
  | 'received'
  | 'verified'
  | 'published'
  | 'rejected'
  | 'conflict'
  | 'superseded';

/** How the badge is coloured. */
export type Tone = 'waiting' | 'busy' | 'ok' | 'bad' | 'muted';

export const DELIVERY_TONES = {
  signed: 'waiting',
  queued: 'waiting',
  sending: 'busy',
  sent: 'ok',
  received: 'ok',
  verified: 'ok',
  published: 'ok',
  rejected: 'bad',
  conflict: 'bad',
  superseded: 'muted',
} as const satisfies Record<Delivery, Tone>;

/**
 * The local outbox state says how far this laptop got; once the platform
 * reports a status, that says more. A rejection, by either, wins.
 */
export function deliveryOf(state: OutboxState, serverStatus: PledgeStatus | null): Delivery {
  if (state === 'rejected' || serverStatus === 'rejected') return 'rejected';
  if (state === 'conflict') return 'conflict';
  switch (serverStatus) {
    case 'superseded':
    case 'published':
    case 'verified':
    case 'received':
      return serverStatus;
    case null:
      break;
  }
  switch (state) {
    case 'signed':
    case 'queued':
    case 'sending':
      return state;
    case 'acknowledged':
      return 'sent';
  }
}

/** The sync status before the engine has reported anything. */
export const SYNC_STATUS_UNKNOWN: SyncStatus = {
  online: null,
  running: false,
  pending: 0,
  held: 0,
  progress: null,
  last_success_at: null,
  last_error: null,
  missing_on_server: [],
  requeued: 0,
  next_attempt_at: null,
};

/** What the status bar says about the connection to the platform. */
export type Connection = 'online' | 'offline' | 'unknown' | 'not_enrolled';

export function connectionOf(status: SyncStatus): Connection {
  if (status.last_error?.code === 'not_enrolled') return 'not_enrolled';
  if (status.online === null) return 'unknown';
  return status.online ? 'online' : 'offline';
}
