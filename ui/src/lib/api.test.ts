import { invoke } from '@tauri-apps/api/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ERROR_CODES, type AppError } from '../generated/types';
import { api, errorText, handleStaffRefusals, isAppError, storeUnavailable, toAppError, windowFailure } from './api';
import { blankContent } from './editor.svelte';
import { setUiLanguage } from './i18n/index.svelte';
import ar from './i18n/ar';
import en from './i18n/en';
import es from './i18n/es';
import fr from './i18n/fr';
import ru from './i18n/ru';
import zh from './i18n/zh';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

afterEach(() => {
  setUiLanguage('en');
  vi.mocked(invoke).mockReset();
});

const fromRust = (code: AppError['code'], params: Record<string, string> = {}): AppError => ({
  code,
  params,
  message: 'English from Rust',
});

describe('toAppError', () => {
  it('keeps an AppError from Rust as it is', () => {
    const error = fromRust('draft_not_found');
    expect(toAppError(error)).toBe(error);
  });

  it('turns anything else into internal, keeping its words for the diagnostics', () => {
    expect(toAppError(new TypeError('x is undefined'))).toEqual({ code: 'internal', params: {}, message: 'x is undefined' });
    expect(toAppError('command not found')).toEqual({ code: 'internal', params: {}, message: 'command not found' });
    expect(toAppError({ message: 'odd' })).toEqual({ code: 'internal', params: {}, message: 'odd' });
    expect(toAppError(undefined)).toEqual({ code: 'internal', params: {}, message: 'unknown error' });
  });

  it('does not take an unknown code, or one without params, for an AppError', () => {
    expect(isAppError({ code: 'no_such_code', params: {}, message: 'm' })).toBe(false);
    expect(isAppError({ code: 'offline', message: 'm' })).toBe(false);
    expect(toAppError({ code: 'no_such_code', params: {}, message: 'm' }).code).toBe('internal');
  });
});

describe('errorText', () => {
  it("says the catalogue's sentence, never Rust's English", () => {
    const error = fromRust('draft_not_found');
    expect(errorText(error)).toBe('This draft is no longer on this laptop.');
    setUiLanguage('fr');
    expect(errorText(error)).toBe(fr.errors.draft_not_found());
    expect(errorText(error)).not.toBe(en.errors.draft_not_found());
  });

  it('names the params in the sentence', () => {
    expect(errorText(fromRust('bundle_wrong_event', { bundle: 'kigali-2022', ours: 'paris-2026' }))).toBe(
      'The bundle is for event kigali-2022, but this laptop serves paris-2026. Nothing was imported.',
    );
    expect(errorText(fromRust('wrong_pin', { left: '1' }))).toBe(
      'That PIN is not right. 1 more try before staff mode locks for a while.',
    );
    expect(errorText(fromRust('wrong_pin', { left: '3' }))).toContain('3 more tries');
  });

  it("says a window failure's own sentence, and internal's catalogue sentence otherwise", () => {
    expect(errorText(windowFailure('Not saved yet.'))).toBe('Not saved yet.');
    expect(windowFailure('Not saved yet.')).toEqual({ code: 'internal', params: { text: 'Not saved yet.' }, message: 'Not saved yet.' });
    expect(errorText(toAppError(new Error('bug')))).toBe(en.errors.internal());
  });
});

describe('every error code has a sentence in every catalogue', () => {
  const catalogues = { en, fr, es, ar, zh, ru };
  for (const [lang, catalogue] of Object.entries(catalogues)) {
    it(lang, () => {
      for (const code of ERROR_CODES) {
        const sentence = catalogue.errors[code]({});
        expect(sentence.trim(), `${lang} ${code}`).not.toBe('');
        if (lang !== 'en') expect(sentence, `${lang} ${code} is English`).not.toBe(en.errors[code]({}));
      }
    });
  }
});

describe('storeUnavailable', () => {
  it('is true only for the failures that leave the window without its database', () => {
    expect(storeUnavailable(fromRust('corrupt_database'))).toBe(true);
    expect(storeUnavailable(fromRust('newer_database'))).toBe(true);
    expect(storeUnavailable(fromRust('database_error'))).toBe(false);
  });
});

describe('commands', () => {
  it('pass their arguments to the Tauri command', async () => {
    vi.mocked(invoke).mockResolvedValue(null);
    const content = blankContent();
    await api.draftSave('d1', 4, content);
    expect(invoke).toHaveBeenCalledWith('draft_save', { id: 'd1', revision: 4, content });
    await api.pledgeSeal('d1', 5, []);
    expect(invoke).toHaveBeenLastCalledWith('pledge_seal', { draftId: 'd1', revision: 5, signatories: [] });
  });

  it('reject with an AppError whatever was thrown', async () => {
    vi.mocked(invoke).mockRejectedValue('no such command');
    await expect(api.draftList({} as never)).rejects.toEqual({ code: 'internal', params: {}, message: 'no such command' });
  });

  it('tell the staff-refusal handler of staff_locked and staff_only, and only those', async () => {
    const handler = vi.fn();
    const stop = handleStaffRefusals(handler);
    vi.mocked(invoke).mockRejectedValueOnce(fromRust('staff_locked'));
    await expect(api.reviewQueue({} as never)).rejects.toMatchObject({ code: 'staff_locked' });
    vi.mocked(invoke).mockRejectedValueOnce(fromRust('offline'));
    await expect(api.syncNow()).rejects.toMatchObject({ code: 'offline' });
    expect(handler).toHaveBeenCalledTimes(1);
    stop();
    vi.mocked(invoke).mockRejectedValueOnce(fromRust('staff_only'));
    await expect(api.batchList()).rejects.toMatchObject({ code: 'staff_only' });
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
