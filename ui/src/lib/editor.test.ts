// The form's autosave, against a fake of the Tauri commands it calls
// (draft_new, draft_save, draft_open): the store itself is tested in Rust.
import { invoke } from '@tauri-apps/api/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppError, DraftContent, DraftRecord, Problem } from '../generated/types';
import { DISK_FULL_RETRY_MS, Editor, SAVE_DEBOUNCE_MS, blankContent } from './editor.svelte';
import { failures } from './failures.svelte';
import en from './i18n/en';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

const refusal = (code: AppError['code']): AppError => ({ code, params: {}, message: 'English from Rust' });

/** What the back end was asked to save, and how it answers. */
class FakeStore {
  saves: { revision: number; title: string }[] = [];
  created = 0;
  revision = 0;
  problems: Problem[] = [];
  /** Refuse the next saves with these. */
  failures: AppError[] = [];
  /** While set, draft_save waits for it. */
  gate: Promise<void> | null = null;

  record(content: DraftContent): DraftRecord {
    return {
      id: 'draft-1',
      content,
      revision: this.revision,
      supersedes: null,
      created_at: '2026-11-29T10:00:00Z',
      updated_at: '2026-11-29T10:00:00Z',
      deleted_at: null,
      sealed_as: null,
    };
  }

  async answer(command: string, args: Record<string, unknown> = {}): Promise<unknown> {
    switch (command) {
      case 'draft_new':
        this.created += 1;
        return { draft: this.record(blankContent()), problems: [] };
      case 'draft_save': {
        if (this.gate) await this.gate;
        const failure = this.failures.shift();
        if (failure) throw failure;
        if (args.revision !== this.revision) throw refusal('stale_revision');
        this.saves.push({ revision: this.revision, title: (args.content as DraftContent).title });
        this.revision += 1;
        return { saved: { id: 'draft-1', revision: this.revision, updated_at: '' }, problems: this.problems };
      }
      default:
        throw new Error(`unexpected command ${command}`);
    }
  }
}

let store: FakeStore;
let editor: Editor;

beforeEach(() => {
  vi.useFakeTimers();
  store = new FakeStore();
  vi.mocked(invoke).mockImplementation((command, args) => store.answer(command, args as Record<string, unknown>));
  editor = new Editor();
});

afterEach(() => {
  vi.useRealTimers();
  vi.mocked(invoke).mockReset();
});

/** Types a title, as the form does: change the content, then the effect calls observe. */
function type(title: string): void {
  editor.content.title = title;
  editor.observe(JSON.stringify(editor.content));
}

describe('autosave', () => {
  it('saves nothing, and makes no draft, before the first change', async () => {
    await vi.advanceTimersByTimeAsync(10 * SAVE_DEBOUNCE_MS);
    expect(invoke).not.toHaveBeenCalled();
    expect(editor.save).toEqual({ kind: 'idle' });
    expect(editor.draftId).toBeNull();
  });

  it('saves once after a burst of typing, with the last text, into a new draft', async () => {
    type('C');
    type('Cl');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS - 1);
    type('Clean');
    expect(editor.save).toEqual({ kind: 'saving' });
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS - 1);
    expect(store.saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.created).toBe(1);
    expect(store.saves).toEqual([{ revision: 0, title: 'Clean' }]);
    expect(editor.draftId).toBe('draft-1');
    expect(editor.save.kind).toBe('saved');
  });

  it('keeps one save in flight; a change made meanwhile is saved right after, with the new revision', async () => {
    type('first');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    let open = (): void => {};
    store.gate = new Promise((resolve) => (open = resolve));
    type('second');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    type('third');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS); // 'third' waits for 'second'
    store.gate = null;
    open();
    await editor.flush();
    expect(store.saves).toEqual([
      { revision: 0, title: 'first' },
      { revision: 1, title: 'second' },
      { revision: 2, title: 'third' },
    ]);
    expect(editor.save.kind).toBe('saved');
  });

  it('does not save a change undone before the save', async () => {
    type('typo');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    type('typo!');
    type('typo');
    expect(editor.save.kind).toBe('saved');
    await vi.advanceTimersByTimeAsync(10 * SAVE_DEBOUNCE_MS);
    expect(store.saves).toHaveLength(1);
  });

  it('saves at once on flush, without waiting for the pause', async () => {
    type('leaving');
    await editor.flush();
    expect(store.saves).toEqual([{ revision: 0, title: 'leaving' }]);
  });

  it("keeps the validator's problems of the last save", async () => {
    store.problems = [{ path: 'title', code: 'too_short', message: 'too short' }];
    type('Hi');
    await editor.flush();
    expect(editor.problems).toEqual(store.problems);
  });
});

describe('autosave failures', () => {
  it("shows a refused save in the UI language, and saves again on the next change", async () => {
    type('one');
    await editor.flush();
    store.failures.push(refusal('draft_too_large'));
    type('two');
    await editor.flush();
    expect(editor.save).toEqual({ kind: 'error', code: 'draft_too_large', message: en.errors.draft_too_large() });
    type('three');
    await editor.flush();
    expect(store.saves.map((s) => s.title)).toEqual(['one', 'three']);
    expect(editor.save.kind).toBe('saved');
  });

  it('tries again by itself on a full disk until the save lands', async () => {
    type('one');
    store.failures.push(refusal('disk_full'), refusal('disk_full'));
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    expect(editor.save).toMatchObject({ kind: 'error', code: 'disk_full' });
    await vi.advanceTimersByTimeAsync(DISK_FULL_RETRY_MS);
    expect(store.saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(DISK_FULL_RETRY_MS);
    expect(store.saves).toEqual([{ revision: 0, title: 'one' }]);
    expect(editor.save.kind).toBe('saved');
  });

  it('replaces the window when the database cannot be used', async () => {
    store.failures.push(refusal('corrupt_database'));
    type('one');
    await editor.flush();
    expect(failures.fatal).toMatchObject({ code: 'corrupt_database' });
  });

  it('refuses to go on (ensureStored) while the last save failed', async () => {
    store.failures.push(refusal('stale_revision'));
    type('one');
    await expect(editor.ensureStored()).rejects.toMatchObject({ code: 'internal', message: en.errors.stale_revision() });
  });
});

describe('ensureStored', () => {
  it('makes the draft row of a blank form and gives its id', async () => {
    await expect(editor.ensureStored()).resolves.toBe('draft-1');
    expect(store.created).toBe(1);
    expect(store.saves).toEqual([]);
  });
});
