// The rules a catalogue is held to beyond having every key (check-i18n.mjs):
// the glossary of its language, its typography, counts written the way the
// language writes numbers, plural (and Arabic case) forms through plural(),
// and the sample sentences a translator signed off. Each function returns a
// list of findings (strings); none means the catalogue passes.

import ts from 'typescript';
import { takePluralCalls } from './load.mjs';
import { argumentsFor, at, entries, parameterKinds, parameterNames, renderings } from './samples.mjs';
import { TYPOGRAPHY } from './typography.mjs';

/** The plural categories each catalogue's plural() calls must spell out. */
export const PLURAL_FORMS = {
  en: ['one', 'other'],
  fr: ['one', 'other'],
  es: ['one', 'other'],
  ru: ['one', 'few', 'many', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
  zh: ['other'],
};

/** Every text `catalogue` shows, next to the English of the same entry and arguments. */
export function allRenderings(lang, catalogue, en) {
  const out = [];
  for (const [path, value] of entries(catalogue)) {
    const english = at(en, path);
    if (english === undefined) continue; // a missing or extra key is check-i18n's finding
    out.push(...renderings(path, value, english, lang));
  }
  takePluralCalls();
  return out;
}

function termPattern(term, wordStart) {
  return new RegExp(`${wordStart ? '(?<![\\p{L}\\p{N}])' : ''}(?:${term})`, 'giu');
}

/** Where `term` occurs in `text`: [{index, match}]. */
function occurrences(term, text, wordStart) {
  return [...text.matchAll(termPattern(term, wordStart))].map((m) => ({ index: m.index, match: m[0] }));
}

/**
 * The glossary: for each concept the English of an entry speaks of (found
 * with the English glossary's patterns), the translation must not use a term
 * the language's glossary forbids for it — unless that same word is the
 * allowed term of another concept the entry also speaks of ("пакет" is the
 * batch, so a sentence about a batch and a bundle may say it). Concepts
 * marked `require` must be said with one of their allowed terms.
 */
export function glossaryFindings(lang, texts, glossary, english) {
  const found = new Set();
  const wordStart = glossary.wordStart !== false;
  for (const { path, text, en } of texts) {
    const mentioned = Object.entries(english.concepts).filter(([, c]) =>
      c.en.some((t) => occurrences(t, en, true).length > 0),
    );
    const key = path.replace(/\(\d+\)$/, '');
    for (const [concept] of mentioned) {
      const rule = glossary.concepts[concept];
      if (!rule) continue;
      for (const term of rule.forbid ?? []) {
        for (const { index, match } of occurrences(term, text, wordStart)) {
          const excused = mentioned.some(
            ([other]) =>
              other !== concept &&
              (glossary.concepts[other]?.use ?? []).some((use) =>
                occurrences(use, text, wordStart).some((o) => o.index === index),
              ),
          );
          if (!excused) {
            found.add(`${lang} ${key}: “${match}” is not said for ${concept}; use ${rule.use.join(' / ')} (${rule.why})`);
          }
        }
      }
      if (rule.require && !rule.use.some((use) => occurrences(use, text, wordStart).length > 0)) {
        found.add(`${lang} ${key}: speaks of ${concept} without its term (${rule.use.join(' / ')}): “${text}”`);
      }
    }
  }
  return [...found];
}

/** The typography rules of `lang` (typography.mjs) over every text. */
export function typographyFindings(lang, texts) {
  const found = new Set();
  for (const rule of TYPOGRAPHY[lang] ?? []) {
    for (const { path, text } of texts) {
      for (const bad of rule.test(text)) {
        found.add(`${lang} ${path.replace(/\(\d+\)$/, '')}: ${rule.name}: …${bad}…`);
      }
    }
  }
  return [...found];
}

/** Every number a function shows goes through num(): 12345 reads as the language writes it. */
export function numberFindings(lang, catalogue, en, num) {
  const found = [];
  const want = num(lang, 12345);
  for (const [path, fn] of entries(catalogue)) {
    const english = at(en, path);
    if (typeof fn !== 'function' || typeof english !== 'function') continue;
    const kinds = parameterKinds(parameterNames(english));
    kinds.forEach((kind, i) => {
      if (kind !== 'number') return;
      const text = String(fn(...argumentsFor(kinds, lang, { n: 12345, at: i })));
      if (!text.includes(want)) found.push(`${lang} ${path}: argument ${i + 1} is not written as ${want}: “${text}”`);
    });
  }
  takePluralCalls();
  return found;
}

/**
 * Plural forms: wherever English picks a form by count, the catalogue does
 * so through plural() too, with the locale's own rules and every category
 * that locale has spelt out (PLURAL_FORMS).
 */
export function pluralFindings(lang, catalogue, en) {
  const found = new Set();
  const wanted = PLURAL_FORMS[lang];
  for (const [path, fn] of entries(catalogue)) {
    const english = at(en, path);
    if (typeof fn !== 'function' || typeof english !== 'function') continue;
    const kinds = parameterKinds(parameterNames(english));
    if (!kinds.includes('number')) continue;
    for (const n of [0, 1, 2, 5]) {
      takePluralCalls();
      english(...argumentsFor(kinds, 'en', { n }));
      const englishChose = takePluralCalls().length > 0;
      fn(...argumentsFor(kinds, lang, { n }));
      const calls = takePluralCalls();
      if (englishChose && calls.length === 0) found.add(`${lang} ${path}: English chooses a form by count; use plural()`);
      for (const call of calls) {
        if (call.locale !== lang) found.add(`${lang} ${path}: plural() with the rules of “${call.locale}”`);
        const missing = wanted.filter((form) => typeof call.forms[form] !== 'string');
        if (missing.length) found.add(`${lang} ${path}: plural() forms lack ${missing.join(', ')}`);
      }
    }
  }
  return [...found];
}

/** Counts compared with numbers in a catalogue's source (`n === 1 ? …`): plural() decides forms. */
export function comparisonFindings(file, source) {
  const found = [];
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const comparisons = new Set([
    ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken,
    ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken,
    ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken,
    ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken,
  ]);
  const isLength = (e) => ts.isPropertyAccessExpression(e) && e.name.text === 'length';
  const visit = (node) => {
    if (ts.isBinaryExpression(node) && comparisons.has(node.operatorToken.kind)) {
      const [l, r] = [node.left, node.right];
      const numeric = ts.isNumericLiteral(l) ? r : ts.isNumericLiteral(r) ? l : null;
      if (numeric && !isLength(numeric)) {
        const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push(`${file}:${line}: “${node.getText()}” picks a form by hand; use plural()`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** The sentences of the glossary's `samples`, exactly as signed off. */
export function sampleFindings(lang, catalogue, samples = []) {
  const found = [];
  for (const { key, args = [], expect } of samples) {
    const value = at(catalogue, key);
    const got = typeof value === 'function' ? value(...args) : value;
    if (got !== expect) found.push(`${lang} ${key}(${args.map((a) => JSON.stringify(a)).join(', ')}): “${got}”, not “${expect}”`);
  }
  takePluralCalls();
  return found;
}
