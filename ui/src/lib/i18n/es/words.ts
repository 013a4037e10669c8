// The Spanish catalogue's own words and phrasing, used by each of its
// parts (es.ts and es/*.ts): counted nouns and moments after a verb.

import type { Moment } from '../en';
import { num, plural } from '../plural';

export const n$ = (n: number): string => num('es', n);

/** Un momento tras un verbo: «ahora mismo», «a las 10:42», «el 3 jun. a las 10:42». */
export const at = (moment: Moment): string =>
  moment.kind === 'relative' ? moment.text : moment.day ? `el ${moment.day} a las ${moment.time}` : `a las ${moment.time}`;

export const compromisos = (n: number): string =>
  plural('es', n, { one: `${n$(n)} compromiso`, other: `${n$(n)} compromisos` });
