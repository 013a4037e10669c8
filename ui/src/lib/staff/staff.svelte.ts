// Delegate mode and staff mode on a shared event laptop. The window starts in
// delegate mode every time; staff mode is opened with the staff PIN and
// returns to delegate mode on "Lock", after `idle_timeout_secs` without
// activity, or as soon as any command is refused with `staff_locked` /
// `staff_only` (the back end locked first).
//
// The back end keeps its own idle timer, fed by `staff_activity`. Activity
// (pointer, keyboard) is reported at once when the last report is 20 s old
// or more, so the back end never lags the window by more than that. The
// window's own timer runs from the last report: when it runs out, activity
// since then is reported first (staff mode stays open), else staff mode locks.

import { api, handleStaffRefusals } from '../api';
import { PIN_DIGITS, type StaffStatus } from '../../generated/types';

/** At most one `staff_activity` report per this many milliseconds. */
const ACTIVITY_REPORT_MS = 20_000;

/** A staff PIN: 4 to 12 digits (the back end checks the same). */
export const PIN_PATTERN = new RegExp(`^\\d{${PIN_DIGITS.min},${PIN_DIGITS.max}}$`);
/** The window locks this long before the back end would, so its last report still lands. */
const LOCK_MARGIN_MS = 2_000;
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel'] as const;

/** Why staff mode closed. */
export type LockReason = 'manual' | 'idle';

class StaffState {
  /** The last status the back end gave; null until it answered once. */
  status = $state<StaffStatus | null>(null);
  /** Staff mode is open in this window. */
  unlocked = $state(false);

  private lastActivity = 0;
  private lastReport = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private reporting = false;
  private onlocked: (reason: LockReason) => void = () => undefined;

  /**
   * Starts in delegate mode (locking whatever a previous window left open),
   * listens for activity and for refusals; returns the teardown. Rejects
   * with the AppError when the back end cannot answer at all.
   */
  start(onlocked: (reason: LockReason) => void): { ready: Promise<void>; stop: () => void } {
    this.onlocked = onlocked;
    const activity = (): void => this.activity();
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, activity, { capture: true, passive: true });
    const unhandle = handleStaffRefusals(() => this.lockedByBackEnd());
    const ready = api.staffLock().then((status) => {
      this.status = status;
      this.unlocked = false;
    });
    return {
      ready,
      stop: () => {
        for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, activity, { capture: true });
        unhandle();
        this.clearTimer();
      },
    };
  }

  /** Reads the status again (PIN set? locked out until when?). */
  async refresh(): Promise<StaffStatus> {
    const status = await api.staffStatus();
    this.status = status;
    return status;
  }

  /** First use: sets the PIN, which also opens staff mode. */
  async setFirstPin(pin: string): Promise<void> {
    this.opened(await api.staffSetPin(pin, null));
  }

  /** Changes the PIN in staff mode (the current one is required). */
  async changePin(pin: string, current: string): Promise<void> {
    this.status = await api.staffSetPin(pin, current);
    this.reported();
  }

  async unlock(pin: string): Promise<void> {
    this.opened(await api.staffUnlock(pin));
  }

  /** Returns to delegate mode (the back end is told; the window locks regardless). */
  async lock(reason: LockReason = 'manual'): Promise<void> {
    if (!this.unlocked) return;
    this.closed(reason);
    try {
      this.status = await api.staffLock();
    } catch {
      // The window is in delegate mode already; the back end locks on its own.
    }
  }

  /** The idle timeout changed in the staff settings. */
  timeoutChanged(seconds: number): void {
    if (this.status) this.status = { ...this.status, idle_timeout_secs: seconds };
    this.schedule();
  }

  private opened(status: StaffStatus): void {
    this.status = status;
    this.unlocked = status.unlocked;
    if (this.unlocked) this.reported();
  }

  private closed(reason: LockReason): void {
    this.unlocked = false;
    this.clearTimer();
    if (this.status) this.status = { ...this.status, unlocked: false };
    this.onlocked(reason);
  }

  /** A command was refused because staff mode is locked: the back end timed out first. */
  private lockedByBackEnd(): void {
    if (this.unlocked) this.closed('idle');
  }

  private activity(): void {
    if (!this.unlocked) return;
    this.lastActivity = Date.now();
    if (this.lastActivity - this.lastReport >= ACTIVITY_REPORT_MS) void this.report();
  }

  /**
   * Tells the back end about activity. A refusal locks the window (through
   * the refusal handler); another failure is tried again at the next
   * activity, or locks when the idle time is up (`lockOnFailure`).
   */
  private async report(lockOnFailure = false): Promise<void> {
    if (this.reporting) return;
    this.reporting = true;
    try {
      const status = await api.staffActivity();
      this.status = status;
      if (!status.unlocked) this.lockedByBackEnd();
      else this.reported();
    } catch {
      if (lockOnFailure) void this.lock('idle');
    } finally {
      this.reporting = false;
    }
  }

  /** The back end has just counted activity: the idle time starts again from now. */
  private reported(): void {
    this.lastReport = Date.now();
    this.lastActivity = Math.max(this.lastActivity, this.lastReport);
    this.schedule();
  }

  private schedule(): void {
    this.clearTimer();
    if (!this.unlocked) return;
    const timeout = (this.status?.idle_timeout_secs ?? 0) * 1000;
    if (timeout <= 0) return;
    const due = this.lastReport + Math.max(timeout - LOCK_MARGIN_MS, timeout / 2);
    this.timer = setTimeout(() => this.expired(), Math.max(0, due - Date.now()));
  }

  private expired(): void {
    this.timer = undefined;
    if (!this.unlocked) return;
    if (this.lastActivity > this.lastReport) void this.report(true);
    else void this.lock('idle');
  }

  private clearTimer(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }
}

export const staff = new StaffState();
