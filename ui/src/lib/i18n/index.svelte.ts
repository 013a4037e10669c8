// The language of the window. `m` reads the catalogue of the current UI
// language on every access, and the language is $state: whatever reads `m`
// in markup or in a $derived follows a switch at once, while the components
// (and so whatever was typed) stay as they are. The choice is remembered in
// localStorage. The pledge's own language (`language` of the content) is a
// separate thing and never follows this.

import ar from './ar';
import en, { type Messages } from './en';
import es from './es';
import fr from './fr';
import ru from './ru';
import zh from './zh';

export type { Described, Messages, ProblemArgs } from './en';

/** The six official UN languages, each named in itself. */
export const UI_LANGUAGES = [
  { tag: 'en', name: 'English' },
  { tag: 'fr', name: 'Français' },
  { tag: 'es', name: 'Español' },
  { tag: 'ar', name: 'العربية' },
  { tag: 'zh', name: '中文' },
  { tag: 'ru', name: 'Русский' },
] as const;

export type UiLanguage = (typeof UI_LANGUAGES)[number]['tag'];

const CATALOGUES: Record<UiLanguage, Messages> = { en, fr, es, ar, zh, ru };

export const UI_LANGUAGE_KEY = 'pledge-desk.ui-language';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && UI_LANGUAGES.some((l) => l.tag === value);
}

function remembered(): UiLanguage {
  try {
    const value = globalThis.localStorage?.getItem(UI_LANGUAGE_KEY);
    if (isUiLanguage(value)) return value;
  } catch {
    // No storage (or it is refused): English until chosen.
  }
  return 'en';
}

class LanguageState {
  current = $state<UiLanguage>(remembered());
}

const state = new LanguageState();

/** The UI language (reactive: reading it in markup or $derived tracks it). */
export function uiLanguage(): UiLanguage {
  return state.current;
}

/** Whether `lang` is written right to left. */
export function isRtl(lang: UiLanguage = state.current): boolean {
  return lang === 'ar';
}

/** Sets `lang` and `dir` of the whole document to the UI language. */
export function applyToDocument(lang: UiLanguage = state.current): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  root.lang = lang;
  root.dir = isRtl(lang) ? 'rtl' : 'ltr';
}

/** Switches the window to `lang` and remembers the choice. */
export function setUiLanguage(lang: string): void {
  if (!isUiLanguage(lang)) return;
  state.current = lang;
  try {
    globalThis.localStorage?.setItem(UI_LANGUAGE_KEY, lang);
  } catch {
    // Not remembered, but switched all the same.
  }
  applyToDocument(lang);
}

/** The catalogue of `lang` (for scripts and tests; components use `m`). */
export function catalogue(lang: UiLanguage): Messages {
  return CATALOGUES[lang];
}

/** The messages of the current UI language. */
export const m: Messages = new Proxy({} as Messages, {
  get(_target, key) {
    return Reflect.get(CATALOGUES[state.current], key);
  },
  has(_target, key) {
    return Reflect.has(CATALOGUES[state.current], key);
  },
});

// Built from code points: the Svelte compiler warns on the literal isolates.
const FSI = String.fromCharCode(0x2068);
const PDI = String.fromCharCode(0x2069);

/**
 * Text someone typed, isolated (U+2068 … U+2069) so that an English name in
 * an Arabic sentence, or the reverse, keeps its own direction and does not
 * reorder the words around it.
 */
export function bidi(text: string): string {
  return `${FSI}${text}${PDI}`;
}

applyToDocument();
