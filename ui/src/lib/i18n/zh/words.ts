// The Chinese catalogue's own words and phrasing, used by each of its
// parts (zh.ts and zh/*.ts): counted nouns and moments after a verb.

import type { Moment } from '../en';
import { num, plural } from '../plural';

export const n$ = (n: number): string => num('zh', n);

/** 动词后的时刻：“刚刚”“10:42”“6月3日 10:42”。 */
export const at = (moment: Moment): string =>
  moment.kind === 'relative' ? moment.text : moment.day ? `${moment.day} ${moment.time}` : moment.time;

/** “5 项承诺”：中文名词不变形，但计数仍经 plural()，与其他语言同一结构。 */
export const pledgesZh = (n: number): string => plural('zh', n, { other: `${n$(n)} 项承诺` });
