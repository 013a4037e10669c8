// The form's state and its autosave. The form edits a local copy of
// DraftContent; no draft row exists until the first change. After every
// change (debounced) the content is saved with the revision last received;
// there is never more than one save in flight, and a change made while one
// runs is saved right after it.

import { untrack } from 'svelte';
import type { AppError, DraftContent, ErrorCode, OpenedDraft, Problem } from '../generated/types';
import { api, errorText, windowFailure } from './api';
import { failures } from './failures.svelte';
import { m } from './i18n/index.svelte';

export const SAVE_DEBOUNCE_MS = 300;
/** On a full disk the save is tried again this often, so it lands once space is freed. */
export const DISK_FULL_RETRY_MS = 5000;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string; code: ErrorCode };

/** A blank form, as `DraftContent::new_blank` makes it: one lead pledger, English. */
export function blankContent(): DraftContent {
  return {
    title: '',
    description: '',
    language: 'en',
    pledgers: [{ name: '', kind: null, country: '', lead: true }],
    focus_areas: [],
    support_types: [],
    geography: { scope: null, countries: [] },
    beneficiaries: [],
    targets: [],
    financial: { amount: null, currency: '' },
    period: { start: '', end: '' },
    sdgs: [],
    contact: { name: '', email: '' },
  };
}

/** The id of the element holding the messages for `path`. */
export function errorId(path: string): string {
  return `err-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/** The value at a problem path such as `pledgers[1].country`. */
function valueAt(root: unknown, path: string): unknown {
  let value: unknown = root;
  for (const key of path.match(/[^.[\]]+/g) ?? []) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function nonEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Whether touching `touched` reveals the problems at `path`. */
function related(touched: string, path: string): boolean {
  return (
    touched === path ||
    path.startsWith(`${touched}[`) ||
    touched.startsWith(`${path}[`) ||
    touched.startsWith(`${path}.`)
  );
}

export class Editor {
  /** The form's working copy. */
  content = $state<DraftContent>(blankContent());
  /** The stored draft, once there is one. */
  draftId = $state<string | null>(null);
  /** What the validator said of the last saved (or opened) content. */
  problems = $state<Problem[] | null>(null);
  /** Paths changed or left (blurred) in this sitting. */
  touched = $state<Record<string, true>>({});
  /** Show every problem, touched or not. */
  showAll = $state(false);
  /** The form shows an existing draft opened from the list. */
  opened = $state(false);
  /** Increases whenever another draft (or a blank one) is loaded. */
  session = $state(0);
  save = $state<SaveState>({ kind: 'idle' });
  /** Set when the store cannot be used at all. */
  /** The pledge id the open draft was signed as: it can no longer change. */
  sealedAs = $state<string | null>(null);
  /** The signed pledge the open draft amends. */
  supersedes = $state<string | null>(null);

  private revision = 0;
  private latestJson: string;
  private savedJson: string;
  private savedAt: Date | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;

  constructor() {
    this.latestJson = this.savedJson = JSON.stringify(this.content);
  }

  /** Called (from an effect) with the serialised content after every change. */
  observe(json: string): void {
    untrack(() => {
      if (json === this.latestJson) return;
      this.latestJson = json;
      if (json === this.savedJson && !this.running) {
        this.clearTimer();
        this.save = this.savedAt ? { kind: 'saved', at: this.savedAt } : { kind: 'idle' };
        return;
      }
      this.save = { kind: 'saving' };
      this.clearTimer();
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.kick();
      }, SAVE_DEBOUNCE_MS);
    });
  }

  /** Saves now whatever is pending and waits until nothing is in flight. */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.latestJson !== this.savedJson) await this.kick();
    else if (this.running) await this.running;
  }

  /** Whether the form holds anything typed or chosen (its language aside). */
  get hasContent(): boolean {
    return JSON.stringify(this.content) !== JSON.stringify({ ...blankContent(), language: this.content.language });
  }

  /** Flushes, then shows a fresh blank form (no draft row yet). */
  async startNew(): Promise<void> {
    await this.flush();
    this.load(blankContent(), null, 0, null, false, null);
  }

  /** Flushes, then opens a stored draft. Rejects with an AppError. */
  async open(id: string): Promise<void> {
    await this.flush();
    let opened: OpenedDraft;
    try {
      opened = await api.draftOpen(id);
    } catch (error) {
      throw failures.failed(error);
    }
    this.show(opened);
  }

  /** Shows a draft the store has just returned (opened, or made by amending). */
  show({ draft, problems }: OpenedDraft): void {
    const at = new Date(draft.updated_at);
    this.load(draft.content, draft.id, draft.revision, problems, true, Number.isNaN(at.getTime()) ? new Date() : at);
    this.sealedAs = draft.sealed_as;
    this.supersedes = draft.supersedes;
  }

  /**
   * Saves whatever is pending and makes sure a stored draft holds exactly
   * what the form shows (a blank form gets its draft row now). Resolves to
   * the draft's id; rejects with an AppError when the content is not saved.
   */
  async ensureStored(): Promise<string> {
    await this.flush();
    this.throwIfUnsaved(false);
    if (this.draftId === null) {
      const session = this.session;
      try {
        const created = await api.draftNew();
        if (session === this.session && this.draftId === null) {
          this.draftId = created.draft.id;
          this.revision = created.draft.revision;
          this.problems = created.problems;
        }
      } catch (error) {
        throw failures.failed(error);
      }
      // Anything typed meanwhile goes into the new draft.
      await this.flush();
    }
    this.throwIfUnsaved(true);
    if (this.draftId === null) throw windowFailure(m.notSavedYet);
    return this.draftId;
  }

  private throwIfUnsaved(strict: boolean): void {
    const save = this.save;
    if (save.kind === 'error') {
      throw save.code === 'disk_full'
        ? ({ code: 'disk_full', params: {}, message: save.message } satisfies AppError)
        : windowFailure(save.message);
    }
    if (strict && this.latestJson !== this.savedJson) {
      throw windowFailure(m.notSavedYet);
    }
  }

  /** The open draft has just been signed as `pledgeId`. */
  markSealed(pledgeId: string): void {
    this.sealedAs = pledgeId;
  }

  /** Marks a field as touched so that its problems show. */
  touch(path: string): void {
    if (!this.touched[path]) this.touched[path] = true;
  }

  /** Problems to show for `path` (and, with `nested`, for paths under it). */
  problemsAt(path: string, nested = false): Problem[] {
    const list = this.problems;
    if (!list) return [];
    return list.filter(
      (p) =>
        (p.path === path || (nested && (p.path.startsWith(`${path}[`) || p.path.startsWith(`${path}.`)))) &&
        this.visible(p.path),
    );
  }

  /** Whether `path` has a problem to show. */
  invalid(path: string, nested = false): boolean {
    return this.problemsAt(path, nested).length > 0;
  }

  /** The aria-describedby of a field: its hints, then its messages if any. */
  describedBy(path: string, hints: (string | false | undefined)[] = [], nested = false): string | undefined {
    const ids = hints.filter((h): h is string => typeof h === 'string' && h !== '');
    if (this.invalid(path, nested)) ids.push(errorId(path));
    return ids.length > 0 ? ids.join(' ') : undefined;
  }

  /**
   * A row of `list` was removed: the touched marks and problems of later
   * rows move up one, so messages stay beside the right fields until the
   * next save answers.
   */
  removedRow(list: 'pledgers' | 'targets', index: number): void {
    const pattern = new RegExp(`^${list}\\[(\\d+)\\]`);
    const shift = (path: string): string | null => {
      const match = pattern.exec(path);
      if (!match) return path;
      const i = Number(match[1]);
      if (i === index) return null;
      return i < index ? path : path.replace(pattern, `${list}[${i - 1}]`);
    };
    const touched: Record<string, true> = {};
    for (const key of Object.keys(this.touched)) {
      const moved = shift(key);
      if (moved !== null) touched[moved] = true;
    }
    this.touched = touched;
    if (this.problems) {
      this.problems = this.problems.flatMap((p) => {
        const moved = shift(p.path);
        return moved === null ? [] : [{ ...p, path: moved }];
      });
    }
  }

  private visible(path: string): boolean {
    if (this.showAll) return true;
    for (const key of Object.keys(this.touched)) {
      if (related(key, path)) return true;
    }
    return this.opened && nonEmpty(valueAt(this.content, path));
  }

  private load(
    content: DraftContent,
    draftId: string | null,
    revision: number,
    problems: Problem[] | null,
    opened: boolean,
    savedAt: Date | null,
  ): void {
    this.clearTimer();
    // A plain copy: the form's state must be made of ordinary objects.
    const json = JSON.stringify(content);
    this.content = JSON.parse(json) as DraftContent;
    this.latestJson = this.savedJson = json;
    this.draftId = draftId;
    this.revision = revision;
    this.problems = problems;
    this.opened = opened;
    this.savedAt = savedAt;
    this.touched = {};
    this.showAll = false;
    this.save = savedAt ? { kind: 'saved', at: savedAt } : { kind: 'idle' };
    this.sealedAs = null;
    this.supersedes = null;
    this.session += 1;
  }

  private clearTimer(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  private kick(): Promise<void> {
    if (!this.running) {
      this.running = this.saveLoop().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  private async saveLoop(): Promise<void> {
    const session = this.session;
    while (this.latestJson !== this.savedJson) {
      const json = this.latestJson;
      this.save = { kind: 'saving' };
      try {
        if (this.draftId === null) {
          const created = await api.draftNew();
          if (session !== this.session) return;
          this.draftId = created.draft.id;
          this.revision = created.draft.revision;
        }
        const content = JSON.parse(json) as DraftContent;
        const outcome = await api.draftSave(this.draftId, this.revision, content);
        if (session !== this.session) return;
        this.revision = outcome.saved.revision;
        this.savedJson = json;
        this.problems = outcome.problems;
        this.savedAt = new Date();
      } catch (error) {
        if (session !== this.session) return;
        // Retried on the next change (or flush); on a full disk also on its own.
        const failure = failures.failed(error);
        this.save = { kind: 'error', message: errorText(failure), code: failure.code };
        if (failure.code === 'disk_full' && this.timer === undefined) {
          this.timer = setTimeout(() => {
            this.timer = undefined;
            void this.kick();
          }, DISK_FULL_RETRY_MS);
        }
        return;
      }
    }
    if (this.timer === undefined && this.savedAt) {
      this.save = { kind: 'saved', at: this.savedAt };
    }
  }
}
