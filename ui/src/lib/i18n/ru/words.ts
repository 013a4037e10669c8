// The Russian catalogue's own words and phrasing, used by each of its
// parts (ru.ts and ru/*.ts): counted nouns and moments after a verb.

import type { Moment } from '../en';
import { num, plural } from '../plural';

export const RU = 'ru';
export const n$ = (n: number): string => num(RU, n);

/** Момент после глагола: «только что», «в 10:42», «3 июн. в 10:42». */
export const at = (moment: Moment): string =>
  moment.kind === 'relative' ? moment.text : moment.day ? `${moment.day} в ${moment.time}` : `в ${moment.time}`;

/** "1 обязательство", "3 обязательства", "5 обязательств", "1,5 обязательства". */
export const pledgesRu = (n: number): string =>
  plural(RU, n, {
    one: `${n$(n)} обязательство`,
    few: `${n$(n)} обязательства`,
    many: `${n$(n)} обязательств`,
    other: `${n$(n)} обязательства`,
  });
