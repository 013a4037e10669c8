// Formatting in the UI language, all through Intl: grouped numbers, dates and
// times, relative times, and the names of languages, regions and currencies.
// Each function reads the UI language, so markup (or a $derived) calling it
// follows a switch of language. Formatters are made once per language.

import type { Moment } from './i18n/en';
import { LIMITS } from '../generated/types';
import { uiLanguage } from './i18n/index.svelte';
import { intlLocale } from './i18n/plural';

function cached<T>(make: (lang: string) => T): () => T {
  const made = new Map<string, T>();
  return () => {
    const lang = uiLanguage();
    let value = made.get(lang);
    if (value === undefined) {
      value = make(intlLocale(lang));
      made.set(lang, value);
    }
    return value;
  };
}

const grouping = cached((lang) => new Intl.NumberFormat(lang, { maximumFractionDigits: 0, useGrouping: true }));

/** The ten digits of the UI language ("0123456789"; Arabic too, see intlLocale). */
const localDigits = cached((lang) => {
  const plain = new Intl.NumberFormat(lang, { useGrouping: false });
  return Array.from({ length: 10 }, (_, i) => plain.format(i));
});

const plain = cached((lang) => new Intl.NumberFormat(lang, { maximumFractionDigits: 0, useGrouping: false }));

/** 190000000 → "190,000,000" (or "190 000 000", "190.000.000"…); null → "". */
export function groupDigits(value: number | null): string {
  return value === null ? '' : grouping().format(value);
}

/** 190000000 → "190000000" in the UI language's digits, for editing. */
export function plainDigits(value: number): string {
  return plain().format(value);
}

/** The value 0–9 of a digit typed in any of the scripts in use, else -1. */
function digitValue(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x660 && code <= 0x669) return code - 0x660; // Arabic-Indic
  if (code >= 0x6f0 && code <= 0x6f9) return code - 0x6f0; // Extended Arabic-Indic
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10; // full-width
  return localDigits().indexOf(char);
}

/** `text` with every digit (in any script the window accepts) as ASCII, the rest unchanged. */
export function asciiDigits(text: string): string {
  let out = '';
  for (const char of text) {
    const value = digitValue(char);
    out += value >= 0 ? String(value) : char;
  }
  return out;
}

/** Whether `char` is a digit (in any script the window may show or accept). */
export function isDigit(char: string): boolean {
  return digitValue(char) >= 0;
}

/** The UI language's group separator ("," in English and Arabic, U+202F in French, "." in Spanish). */
const groupSeparator = cached(
  (lang) =>
    new Intl.NumberFormat(lang, { useGrouping: true }).formatToParts(1234567).find((p) => p.type === 'group')
      ?.value ?? ',',
);

/** Digits of the largest whole number a pledge holds (an amount). */
const WHOLE_DIGITS_MAX = String(LIMITS.amount_max).length;

/** Spaces typed between groups of digits: plain, no-break, narrow no-break, thin. */
const SPACES = ' \u00a0\u202f\u2009';

/** What else a keyboard types for the group separator `group`. */
const GROUP_ALIASES: Record<string, string> = {
  ',': '，\u066c', // full-width comma (Chinese input methods), Arabic thousands separator
};

/**
 * What a whole-number field holds for `text` as typed (DESIGN.md §2: whole
 * units, never a float):
 * - `null` when empty;
 * - the number, when the text is digits (in any script the window accepts),
 *   grouped by threes, if at all, with the UI language's group separator or a space;
 * - otherwise the text itself, unchanged ("2500000.75", "-5000", "1e6",
 *   "2500000,75" in French), which the validator reports as not a whole number.
 * Digits beyond what a JavaScript number holds exactly stay text (ASCII
 * digits), so the validator says "too large" and nothing is rounded.
 */
export function readWhole(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const group = groupSeparator();
  const separators = group + SPACES + (GROUP_ALIASES[group] ?? '');
  const groups: string[] = [''];
  for (const char of trimmed) {
    const value = digitValue(char);
    if (value >= 0) groups[groups.length - 1] += String(value);
    else if (separators.includes(char)) groups.push('');
    else return text;
  }
  const digits = groups.join('').replace(/^0+(?=\d)/, '');
  const [first = '', ...rest] = groups;
  if (rest.length > 0 && (first.length < 1 || first.length > 3 || rest.some((g) => g.length !== 3))) {
    // More digits than any amount has: too large, however they are grouped.
    return digits.length > WHOLE_DIGITS_MAX ? digits : text;
  }
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : digits;
}

const clock = cached(
  (lang) => new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }),
);

/** "10:42:05" in local time. */
export function clockTime(date: Date): string {
  return clock().format(date);
}

const dayMonthYear = cached((lang) => new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric' }));
const dayMonth = cached((lang) => new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short' }));
const relative = cached((lang) => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));

/** "3 minutes ago" (or `justNow`) within a day, else the day and time: a Moment for the catalogue to phrase. */
export function whenEdited(iso: string, now: Date, justNow: string): Moment {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return { kind: 'relative', text: iso };
  const seconds = Math.round((then.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return { kind: 'relative', text: justNow };
  if (abs < 3600) return { kind: 'relative', text: relative().format(Math.round(seconds / 60), 'minute') };
  if (abs < 86400) return { kind: 'relative', text: relative().format(Math.round(seconds / 3600), 'hour') };
  return { kind: 'clock', day: dayMonthYear().format(then), time: hourMinute().format(then) };
}

function displayNames(type: Intl.DisplayNamesType): () => Intl.DisplayNames | null {
  return cached((lang) => {
    try {
      return new Intl.DisplayNames([lang], { type, fallback: 'none' });
    } catch {
      return null;
    }
  });
}

const languageNames = displayNames('language');
const regionNames = displayNames('region');
const currencyNames = displayNames('currency');

function nameOf(names: Intl.DisplayNames | null, code: string): string | undefined {
  try {
    const name = names?.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/** "sw" → "Swahili" (in the UI language); the tag itself when the name is unknown. */
export function languageName(tag: string): string {
  return nameOf(languageNames(), tag) ?? tag;
}

/** "RW" → "Rwanda" (in the UI language); undefined when Intl does not know it. */
export function regionName(alpha2: string): string | undefined {
  return alpha2 ? nameOf(regionNames(), alpha2) : undefined;
}

/** "USD" → "US Dollar" (in the UI language); undefined when Intl does not know it. */
export function currencyName(code: string): string | undefined {
  return nameOf(currencyNames(), code);
}

/** Compares two names as the UI language sorts them. */
export function compareNames(a: string, b: string): number {
  return collator().compare(a, b);
}

const collator = cached((lang) => new Intl.Collator(lang));

/** Lower case, no diacritics: for matching what is typed against names. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().trim();
}

const day = cached(
  (lang) => new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
);

/** "2022-07-01" → "1 July 2022" (in the UI language); anything else as it is. */
export function calendarDay(ymd: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!match) return ymd;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? ymd : day().format(date);
}

const moment = cached(
  (lang) =>
    new Intl.DateTimeFormat(lang, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    }),
);

/** An RFC 3339 time as a local date and time: "29 November 2026, 11:15:00 CET". */
export function localDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : moment().format(date);
}

const hourMinute = cached(
  (lang) => new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
);
const dayHourMinute = cached(
  (lang) =>
    new Intl.DateTimeFormat(lang, {
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
);

/** An RFC 3339 time with its day, always: "3 Jun, 10:42" (local time), for lists that span an event's days. */
export function dayTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dayHourMinute().format(date);
}

/** An RFC 3339 time, short: "10:42" today, else "3 Jun, 10:42" (local time). */
export function shortTime(iso: string, now: Date): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toDateString() === now.toDateString() ? hourMinute().format(date) : dayHourMinute().format(date);
}

/**
 * The same moment for a sentence ("Submitted at 10:42", "Submitted on 3 Jun
 * at 10:42"): its parts, so each catalogue puts its own prepositions.
 */
export function shortMoment(iso: string, now: Date): Moment {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { kind: 'relative', text: iso };
  const day = date.toDateString() === now.toDateString() ? null : dayMonth().format(date);
  return { kind: 'clock', day, time: hourMinute().format(date) };
}

/** Milliseconds left as "4:05" (minutes and seconds, in the digits of the UI language). */
export function countdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  return `${grouping().format(minutes)}:${twoDigits().format(total % 60)}`;
}

const twoDigits = cached((lang) => new Intl.NumberFormat(lang, { minimumIntegerDigits: 2, useGrouping: false }));

const units = cached((lang) => ({
  byte: new Intl.NumberFormat(lang, { style: 'unit', unit: 'byte', unitDisplay: 'long' }),
  kilobyte: new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }),
  megabyte: new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }),
}));

/** A file size: "820 bytes", "14.2 kB", "3.1 MB" (decimal units, in the UI language). */
export function fileSize(bytes: number): string {
  const u = units();
  if (bytes < 1000) return u.byte.format(bytes);
  if (bytes < 1_000_000) return u.kilobyte.format(bytes / 1000);
  return u.megabyte.format(bytes / 1_000_000);
}

const currencies = new Map<string, Intl.NumberFormat | null>();

/** A whole amount of money in `currency` ("US$190,000,000"); the code after the number when Intl does not know it. */
export function money(amount: number, currency: string): string {
  const lang = uiLanguage();
  const key = `${lang} ${currency}`;
  let format = currencies.get(key);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(intlLocale(lang), { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
    } catch {
      format = null;
    }
    currencies.set(key, format);
  }
  return format ? format.format(amount) : `${groupDigits(amount)} ${currency}`;
}

/** Today as YYYY-MM-DD in local time (for file names). */
export function localDay(date: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
