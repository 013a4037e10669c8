// The English catalogue's own words and phrasing, used by each of its
// parts (en.ts and en/*.ts): counted nouns and moments after a verb.

import type { Moment } from '../en';
import { num, plural } from '../plural';

export const n$ = (n: number): string => num('en', n);

/** A moment after a verb: "just now", "at 10:42", "on 3 Jun at 10:42". */
export const at = (moment: Moment): string =>
  moment.kind === 'relative' ? moment.text : moment.day ? `on ${moment.day} at ${moment.time}` : `at ${moment.time}`;

export const pledges = (n: number): string => plural('en', n, { one: `${n$(n)} pledge`, other: `${n$(n)} pledges` });
