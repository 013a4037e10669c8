// The rules themselves, on made-up catalogues: each catches what it should
// and passes what is right (npm run test:i18n).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { takePluralCalls } from './load.mjs';
import {
  comparisonFindings,
  glossaryFindings,
  numberFindings,
  pluralFindings,
  sampleFindings,
  typographyFindings,
} from './rules.mjs';

const english = {
  concepts: {
    batch: { en: ['batch'] },
    bundle: { en: ['bundle'] },
    'focus area': { en: ['focus area'] },
  },
};
const ru = {
  concepts: {
    batch: { use: ['пакет'], forbid: [] },
    bundle: { use: ['файл\\p{L}* переноса'], forbid: ['пакет'], require: true, why: 'a пакет is a batch' },
    'focus area': { use: ['приоритетн\\p{L}* направлени'], forbid: ['област'], require: true, why: 'one term' },
  },
};

test('glossary: a forbidden term for a concept is found; the same word for another concept is not', () => {
  const texts = [
    { path: 'a', en: 'Export bundle', text: 'Экспортировать пакет' },
    { path: 'b', en: 'Write this batch to a bundle file', text: 'Записать этот пакет в файл переноса' },
    { path: 'c', en: 'By focus area', text: 'По приоритетным областям' },
    { path: 'd', en: 'Batches', text: 'Пакеты' },
  ];
  const found = glossaryFindings('ru', texts, ru, english);
  assert.equal(found.filter((f) => f.startsWith('ru a:')).length, 2, found.join('\n')); // forbidden, and no allowed term
  assert.equal(found.filter((f) => f.startsWith('ru b:')).length, 0, found.join('\n'));
  assert.equal(found.filter((f) => f.startsWith('ru c:')).length, 2, found.join('\n'));
  assert.equal(found.filter((f) => f.startsWith('ru d:')).length, 0, found.join('\n'));
});

test('typography: French spaces, Arabic punctuation and digits, Chinese full-width marks', () => {
  const t = (lang, text) => typographyFindings(lang, [{ path: 'k', text }]).length;
  assert.equal(t('fr', 'Raison : ici'), 1);
  assert.equal(t('fr', 'Raison\u202f: ici ; « titre »'), 3); // plain spaces before ; and inside « »
  assert.equal(t('fr', 'Raison\u202f: ici\u202f; «\u202ftitre\u202f» https://x 10:42'), 0);
  assert.equal(t('ar', 'نعم, لا?'), 2);
  assert.equal(t('ar', 'من ٣ تعهدات'), 1);
  assert.equal(t('ar', 'نعم، لا؟ 1,200'), 0);
  assert.equal(t('zh', '编辑于 刚刚'), 1);
  assert.equal(t('zh', '美元 — USD'), 1);
  assert.equal(t('zh', '失败:原因'), 1);
  assert.equal(t('zh', '失败：原因（详情）'), 0);
  assert.equal(t('es', 'Restaurar?'), 1);
  assert.equal(t('es', '¿Restaurar?'), 0);
  assert.equal(t('en', 'Pledges targeting'), 1);
});

test('numbers: a count not written through num() is found', () => {
  const num = (lang, n) => new Intl.NumberFormat(lang).format(n);
  const en = { a: (n) => `${n} pledges`, b: (n) => `${num('en', n)} pledges` };
  const fr = { a: (n) => `${n} engagements`, b: (n) => `${num('fr', n)} engagements` };
  const found = numberFindings('fr', fr, en, num);
  assert.deepEqual(found.map((f) => f.split(':')[0]), ['fr a']);
});

test('plural: a form picked by hand, or a missing category, is found', () => {
  const plural = (locale, n, forms) => {
    globalThis.__i18nPluralCalls.push({ locale, n, forms });
    return forms[new Intl.PluralRules(locale).select(n)] ?? forms.other;
  };
  const en = { a: (n) => plural('en', n, { one: 'one pledge', other: `${n} pledges` }) };
  takePluralCalls();
  assert.equal(pluralFindings('ru', { a: (n) => (n === 1 ? 'одно' : `${n}`) }, en).length, 1);
  const noMany = pluralFindings('ru', { a: (n) => plural('ru', n, { one: 'a', few: 'b', other: 'c' }) }, en);
  assert.match(noMany.join(), /lack many/);
  const good = pluralFindings('ru', { a: (n) => plural('ru', n, { one: 'a', few: 'b', many: 'c', other: 'd' }) }, en);
  assert.deepEqual(good, []);
  assert.equal(comparisonFindings('x.ts', 'const m = { a: (n) => (n <= 1 ? "a" : "b"), b: (l) => l.length === 0 };').length, 1);
});

test('samples: a sentence that differs from the signed-off one is found', () => {
  const cat = { s: { f: (n) => `من ${n} تعهدان` } };
  assert.equal(sampleFindings('ar', cat, [{ key: 's.f', args: [2], expect: 'من تعهدين' }]).length, 1);
  assert.equal(sampleFindings('ar', { t: 'x' }, [{ key: 't', expect: 'x' }]).length, 0);
});
