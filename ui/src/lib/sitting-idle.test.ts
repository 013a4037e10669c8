import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchSittingIdle } from './sitting-idle';

// The window's activity events, on a bare EventTarget (the tests run in Node).
let target: EventTarget;

beforeEach(() => {
  vi.useFakeTimers();
  target = new EventTarget();
  vi.stubGlobal('window', target);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function watch(seconds: number, active = true): { onidle: ReturnType<typeof vi.fn>; stop: () => void } {
  const onidle = vi.fn();
  const stop = watchSittingIdle({ seconds: () => seconds, active: () => active, onidle });
  return { onidle, stop };
}

describe('watchSittingIdle', () => {
  it('clears the screen once the idle time has passed, checking every 5 seconds', () => {
    const { onidle } = watch(60);
    vi.advanceTimersByTime(55_000);
    expect(onidle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(5_000);
    expect(onidle).toHaveBeenCalledTimes(1);
  });

  it('starts counting again after clearing, not on every check', () => {
    const { onidle } = watch(60);
    vi.advanceTimersByTime(60_000);
    vi.advanceTimersByTime(55_000);
    expect(onidle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5_000);
    expect(onidle).toHaveBeenCalledTimes(2);
  });

  it('counts from the last activity: a key, a click, typing or the wheel', () => {
    const { onidle } = watch(60);
    for (const name of ['pointerdown', 'keydown', 'input', 'wheel']) {
      vi.advanceTimersByTime(50_000);
      target.dispatchEvent(new Event(name));
    }
    expect(onidle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(onidle).toHaveBeenCalledTimes(1);
  });

  it('ignores other events', () => {
    const { onidle } = watch(60);
    vi.advanceTimersByTime(50_000);
    target.dispatchEvent(new Event('pointermove'));
    vi.advanceTimersByTime(10_000);
    expect(onidle).toHaveBeenCalledTimes(1);
  });

  it('does nothing while the idle time is not known (0) or nothing is on screen', () => {
    const unknown = watch(0);
    const nothingShown = watch(60, false);
    vi.advanceTimersByTime(10 * 60_000);
    expect(unknown.onidle).not.toHaveBeenCalled();
    expect(nothingShown.onidle).not.toHaveBeenCalled();
  });

  it('reads the idle time at each check, so a change by staff applies at once', () => {
    let seconds = 600;
    const onidle = vi.fn();
    watchSittingIdle({ seconds: () => seconds, active: () => true, onidle });
    vi.advanceTimersByTime(120_000);
    expect(onidle).not.toHaveBeenCalled();
    seconds = 90;
    vi.advanceTimersByTime(5_000);
    expect(onidle).toHaveBeenCalledTimes(1);
  });

  it('stops watching on teardown', () => {
    const { onidle, stop } = watch(60);
    stop();
    vi.advanceTimersByTime(10 * 60_000);
    expect(onidle).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
