// The state of the background sync, for every view: where this laptop syncs
// to (sync_settings, loaded at start and after enrolling) and the current
// status, kept up to date by the `sync-status` events the shell emits
// whenever it changes. Views that show per-pledge delivery subscribe with
// `onStatus` to refresh what they show.

import { listen } from '@tauri-apps/api/event';
import type { AppError, Role, SyncSettings, SyncStatus } from '../generated/types';
import { api, toAppError } from './api';
import { SYNC_STATUS_UNKNOWN } from './status';

export const SYNC_STATUS_EVENT = 'sync-status';


function isStatus(value: unknown): value is SyncStatus {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.pending === 'number' && typeof v.running === 'boolean' && Array.isArray(v.missing_on_server);
}

type Listener = (status: SyncStatus) => void;

class SyncState {
  /** The latest status; `online` is null until the first attempt. */
  status = $state<SyncStatus>({ ...SYNC_STATUS_UNKNOWN });
  /** Null until sync_settings has answered. */
  serverUrl = $state<string | null>(null);
  enrolled = $state(false);
  role = $state<Role | null>(null);
  /** Whether sync_settings has answered at least once. */
  loaded = $state(false);
  /** Why sync_settings failed, if it did. */
  loadError = $state<AppError | null>(null);

  private listeners = new Set<Listener>();
  /** Counts the events received, to keep a late answer from overwriting a newer status. */
  private events = 0;

  /** Listens for status events and loads the settings; returns the teardown. */
  start(): () => void {
    let stopped = false;
    let unlisten: (() => void) | null = null;
    listen<unknown>(SYNC_STATUS_EVENT, (event) => this.receive(event.payload))
      .then((fn) => {
        if (stopped) fn();
        else unlisten = fn;
      })
      .catch(() => {
        // Outside the desktop shell there are no events; the settings call says why.
      });
    void this.reload();
    return () => {
      stopped = true;
      unlisten?.();
      unlisten = null;
    };
  }

  /** Loads sync_settings again (at start, and after enrolling). */
  async reload(): Promise<void> {
    const before = this.events;
    try {
      const settings: SyncSettings = await api.syncSettings();
      this.serverUrl = settings.server_url;
      this.enrolled = settings.enrolled;
      this.role = settings.role;
      if (this.events === before) this.status = settings.status;
      this.loaded = true;
      this.loadError = null;
    } catch (error) {
      this.loadError = toAppError(error);
    }
  }

  /** Asks the background loop to try now; the outcome arrives as events. */
  async syncNow(): Promise<void> {
    await api.syncNow();
  }

  /** Calls `listener` with every status event; returns the unsubscribe. */
  onStatus(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private receive(payload: unknown): void {
    if (!isStatus(payload)) return;
    this.events += 1;
    this.status = payload;
    for (const listener of this.listeners) listener(payload);
  }
}

export const sync = new SyncState();

/**
 * Wraps a refresh so that calls while one is running collapse into a single
 * run afterwards: events can come quickly (progress) and reads must not pile up.
 * `run` reports its own failures; a failure does not stop later runs.
 */
export function coalesced(run: () => Promise<void>): () => void {
  let running = false;
  let again = false;
  const go = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await run().catch(() => undefined);
      } while (again);
    } finally {
      running = false;
    }
  };
  return () => void go();
}
