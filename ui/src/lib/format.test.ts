import { afterEach, describe, expect, it } from 'vitest';
import {
  asciiDigits,
  calendarDay,
  clockTime,
  countdown,
  groupDigits,
  localDay,
  money,
  plainDigits,
  readWhole,
  shortMoment,
  shortTime,
  whenEdited,
} from './format';
import { setUiLanguage } from './i18n/index.svelte';

// U+202F narrow no-break space (French) and U+00A0 no-break space (Russian).
const NNBSP = '\u202f';
const NBSP = '\u00a0';

afterEach(() => setUiLanguage('en'));

describe('groupDigits', () => {
  it('groups by threes with the separator of the UI language', () => {
    expect(groupDigits(190_000_000)).toBe('190,000,000');
    setUiLanguage('fr');
    expect(groupDigits(190_000_000)).toBe(`190${NNBSP}000${NNBSP}000`);
    setUiLanguage('es');
    expect(groupDigits(190_000_000)).toBe('190.000.000');
    setUiLanguage('ru');
    expect(groupDigits(190_000_000)).toBe(`190${NBSP}000${NBSP}000`);
  });

  it('writes Arabic with the digits 0–9, as the catalogue does', () => {
    setUiLanguage('ar');
    expect(groupDigits(190_000_000)).toBe('190,000,000');
  });

  it('groups four digits too, even in Spanish (whose own rule would not)', () => {
    setUiLanguage('es');
    expect(groupDigits(2500)).toBe('2.500');
    expect(groupDigits(25_000)).toBe('25.000');
  });

  it('gives nothing for no value', () => {
    expect(groupDigits(null)).toBe('');
  });
});

describe('readWhole', () => {
  it('reads empty as no value and plain digits as the number', () => {
    expect(readWhole('  ')).toBeNull();
    expect(readWhole('2500000')).toBe(2_500_000);
    expect(readWhole(' 007 ')).toBe(7);
  });

  it('accepts the groups of the UI language, or spaces', () => {
    expect(readWhole('2,500,000')).toBe(2_500_000);
    expect(readWhole('2 500 000')).toBe(2_500_000);
    setUiLanguage('es');
    expect(readWhole('2.500.000')).toBe(2_500_000);
    setUiLanguage('fr');
    expect(readWhole(`2${NNBSP}500${NNBSP}000`)).toBe(2_500_000);
  });

  it('reads digits of other scripts', () => {
    expect(readWhole('٢٥٠٠')).toBe(2500); // Arabic-Indic
    expect(readWhole('۱۲')).toBe(12); // Extended Arabic-Indic
    expect(readWhole('１２３')).toBe(123); // full-width
    expect(readWhole('1，000')).toBe(1000); // full-width comma of Chinese input methods
  });

  it('keeps as text what is not a whole number, for the validator to report', () => {
    expect(readWhole('2500000.75')).toBe('2500000.75');
    expect(readWhole('-5000')).toBe('-5000');
    expect(readWhole('1e6')).toBe('1e6');
    expect(readWhole('12,34')).toBe('12,34'); // groups must be threes
    setUiLanguage('fr');
    expect(readWhole('2500000,75')).toBe('2500000,75');
  });

  it('keeps digits beyond a safe integer as text, unrounded', () => {
    expect(readWhole('12345678901234567890')).toBe('12345678901234567890');
  });
});

describe('asciiDigits and plainDigits', () => {
  it('turns every digit to ASCII and leaves the rest', () => {
    expect(asciiDigits('٣ of ５')).toBe('3 of 5');
  });

  it('writes a number ungrouped for editing', () => {
    setUiLanguage('fr');
    expect(plainDigits(190_000_000)).toBe('190000000');
  });
});

describe('moments', () => {
  const now = new Date('2026-11-29T10:15:00Z');
  const before = (seconds: number): string => new Date(now.getTime() - seconds * 1000).toISOString();

  it('says just now, then minutes, then hours, then the day and time', () => {
    expect(whenEdited(before(30), now, 'just now')).toEqual({ kind: 'relative', text: 'just now' });
    expect(whenEdited(before(180), now, 'just now')).toEqual({ kind: 'relative', text: '3 minutes ago' });
    expect(whenEdited(before(2 * 3600), now, 'just now')).toEqual({ kind: 'relative', text: '2 hours ago' });
    const old = whenEdited('2026-11-20T10:15:00Z', now, 'just now');
    expect(old).toMatchObject({ kind: 'clock', day: 'Nov 20, 2026' });
  });

  it('says relative times in the UI language', () => {
    setUiLanguage('fr');
    expect(whenEdited(before(2 * 3600), now, 'à l’instant')).toEqual({ kind: 'relative', text: 'il y a 2 heures' });
  });

  it('gives back what is not a time', () => {
    expect(whenEdited('not a time', now, 'just now')).toEqual({ kind: 'relative', text: 'not a time' });
    expect(shortTime('yesterday', now)).toBe('yesterday');
    expect(calendarDay('2022-7-1')).toBe('2022-7-1');
  });

  it('writes local clock times on 24 hours', () => {
    const local = new Date(2026, 10, 29, 16, 5, 9);
    expect(clockTime(local)).toBe('16:05:09');
    expect(shortTime(local.toISOString(), new Date(2026, 10, 29, 18, 0))).toBe('16:05');
    expect(shortTime(local.toISOString(), new Date(2026, 10, 30, 9, 0))).toBe('Nov 29, 16:05');
  });

  it('splits a moment into its day (null today) and time', () => {
    const local = new Date(2026, 5, 3, 10, 42);
    expect(shortMoment(local.toISOString(), new Date(2026, 5, 3, 12, 0))).toEqual({ kind: 'clock', day: null, time: '10:42' });
    expect(shortMoment(local.toISOString(), new Date(2026, 5, 4, 12, 0))).toEqual({ kind: 'clock', day: 'Jun 3', time: '10:42' });
  });

  it('writes a calendar day in the UI language, whatever the time zone', () => {
    expect(calendarDay('2022-07-01')).toBe('July 1, 2022');
    setUiLanguage('fr');
    expect(calendarDay('2022-07-01')).toBe('1 juillet 2022');
  });

  it('gives the local day for file names', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('countdown and money', () => {
  it('writes minutes and seconds, rounding up', () => {
    expect(countdown(245_000)).toBe('4:05');
    expect(countdown(1)).toBe('0:01');
    expect(countdown(-500)).toBe('0:00');
  });

  it('writes a whole amount in a known currency, else with the code after it', () => {
    expect(money(190_000_000, 'USD')).toBe('$190,000,000');
    expect(money(2500, 'not a code')).toBe('2,500 not a code');
  });
});
