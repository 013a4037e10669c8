// A delegate's sitting ends after the idle time staff set (the back end
// refuses the earlier sitting's draft and receipt from then on). The window
// follows: a form or receipt left on screen that long is cleared, so the
// next person at a shared laptop never sees it. The draft itself is kept,
// for staff to find under Drafts.

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel'] as const;
const CHECK_EVERY_MS = 5_000;

interface Options {
  /** The sitting's idle time in seconds (0: not known yet). */
  seconds: () => number;
  /** Whether anything of a delegate's is on screen to clear. */
  active: () => boolean;
  onidle: () => void;
}

/** Starts watching; returns the teardown. */
export function watchSittingIdle({ seconds, active, onidle }: Options): () => void {
  let last = Date.now();
  const touch = (): void => {
    last = Date.now();
  };
  for (const name of ACTIVITY) window.addEventListener(name, touch, { capture: true, passive: true });
  const timer = setInterval(() => {
    const limit = seconds() * 1000;
    if (limit > 0 && Date.now() - last >= limit && active()) {
      last = Date.now();
      onidle();
    }
  }, CHECK_EVERY_MS);
  return () => {
    clearInterval(timer);
    for (const name of ACTIVITY) window.removeEventListener(name, touch, { capture: true });
  };
}
