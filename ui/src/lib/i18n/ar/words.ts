// The Arabic catalogue's own words and phrasing, used by each of its
// parts (ar.ts and ar/*.ts): counted nouns and moments after a verb.

import type { Moment } from '../en';
import { num, plural } from '../plural';

export const AR = 'ar';
export const n$ = (n: number): string => num(AR, n);

/**
 * "تعهد واحد"، "تعهدان"، "3 تعهدات"، "11 تعهدًا"، "100 تعهد". After a
 * preposition, or as an object, the noun is genitive/accusative: the dual
 * is "تعهدين" («من تعهدين»), and there is no "لا" form for zero.
 */
export const pledgesAr = (n: number, afterPreposition = false): string =>
  plural(AR, n, {
    zero: afterPreposition ? `${n$(n)} تعهد` : 'لا تعهدات',
    one: 'تعهد واحد',
    two: afterPreposition ? 'تعهدين' : 'تعهدان',
    few: `${n$(n)} تعهدات`,
    many: `${n$(n)} تعهدًا`,
    other: `${n$(n)} تعهد`,
  });

/** لحظة بعد الفعل: «الآن»، «في الساعة 10:42»، «في 3 يونيو الساعة 10:42». */
export const at = (moment: Moment): string =>
  moment.kind === 'relative' ? moment.text : moment.day ? `في ${moment.day} الساعة ${moment.time}` : `في الساعة ${moment.time}`;
