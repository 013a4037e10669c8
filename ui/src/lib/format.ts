// Formatting helpers: grouped numbers, times, language names.

const grouping = new Intl.NumberFormat('en', { maximumFractionDigits: 0, useGrouping: true });

/** 190000000 → "190,000,000"; null → "". */
export function groupDigits(value: number | null): string {
  return value === null ? '' : grouping.format(value);
}

/** The digits of a string, at most `max` of them, without leading zeros (but "0" stays). */
export function onlyDigits(text: string, max: number): string {
  const digits = text.replace(/\D+/g, '').slice(0, max);
  return digits.replace(/^0+(?=\d)/, '');
}

/** "1,234" → 1234; "" → null. */
export function parseDigits(digits: string): number | null {
  return digits === '' ? null : Number(digits);
}

/** The index in `formatted` just after its `n`-th digit (0 → 0). */
export function caretAfterDigits(formatted: string, n: number): number {
  if (n <= 0) return 0;
  let seen = 0;
  for (let i = 0; i < formatted.length; i++) {
    if (/\d/.test(formatted[i] ?? '')) {
      seen++;
      if (seen === n) return i + 1;
    }
  }
  return formatted.length;
}

const clock = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** "10:42:05" in local time. */
export function clockTime(date: Date): string {
  return clock.format(date);
}

const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "3 minutes ago" within a day, else a local date and time. */
export function whenEdited(iso: string, now: Date, justNow: string): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return iso;
  const seconds = Math.round((then.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return justNow;
  if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return relative.format(Math.round(seconds / 3600), 'hour');
  return dateTime.format(then);
}

let languageNames: Intl.DisplayNames | null = null;
try {
  languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
} catch {
  languageNames = null;
}

/** "sw" → "Swahili"; the tag itself when the name is unknown. */
export function languageName(tag: string): string {
  try {
    return languageNames?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Lower case, no diacritics: for matching what is typed against names. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().trim();
}

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2022-07-01" → "1 July 2022"; anything else as it is. */
export function calendarDay(ymd: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!match) return ymd;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? ymd : day.format(date);
}

const moment = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

/** An RFC 3339 time as a local date and time: "29 November 2026, 11:15:00 CET". */
export function localDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : moment.format(date);
}

const hourMinute = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const dayHourMinute = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An RFC 3339 time, short: "10:42" today, else "3 Jun, 10:42" (local time). */
export function shortTime(iso: string, now: Date): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toDateString() === now.toDateString() ? hourMinute.format(date) : dayHourMinute.format(date);
}
