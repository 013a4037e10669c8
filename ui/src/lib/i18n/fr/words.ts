// The French catalogue's own words and phrasing, used by each of its
// parts (fr.ts and fr/*.ts): counted nouns and moments after a verb.

import type { Moment } from '../en';
import { num, plural } from '../plural';

export const n$ = (n: number): string => num('fr', n);

/** Un moment après un verbe : « à l’instant », « à 10:42 », « le 3 juin à 10:42 ». */
export const at = (moment: Moment): string =>
  moment.kind === 'relative' ? moment.text : moment.day ? `le ${moment.day} à ${moment.time}` : `à ${moment.time}`;

export const engagements = (n: number): string =>
  plural('fr', n, { one: `${n$(n)} engagement`, other: `${n$(n)} engagements` });
