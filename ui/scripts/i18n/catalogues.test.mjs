// The catalogues against their glossaries, typography, number and plural
// rules and signed-off samples (npm run test:i18n; `make test` runs it
// through `npm run check`). Each language is its own test, so a failure
// names the language and lists every finding.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ALL_LANGUAGES, I18N, loadCatalogues, loadGlossary } from './load.mjs';
import {
  allRenderings,
  comparisonFindings,
  glossaryFindings,
  numberFindings,
  pluralFindings,
  sampleFindings,
  typographyFindings,
} from './rules.mjs';

const catalogues = await loadCatalogues();
const en = catalogues.en;
const { num } = catalogues.__plural;
const english = loadGlossary('en');

/** The source files of `lang`'s catalogue: <lang>.ts and <lang>/*.ts. */
function sourcesOf(lang) {
  const files = [`${lang}.ts`];
  try {
    for (const f of readdirSync(join(I18N, lang))) if (f.endsWith('.ts')) files.push(`${lang}/${f}`);
  } catch {
    // not split
  }
  return files.map((file) => [file, readFileSync(join(I18N, file), 'utf8')]);
}

function none(findings) {
  assert.deepEqual(findings, [], `${findings.length} finding(s):\n  ${findings.join('\n  ')}`);
}

for (const lang of ALL_LANGUAGES) {
  const catalogue = catalogues[lang];
  const glossary = lang === 'en' ? english : loadGlossary(lang);
  const texts = allRenderings(lang, catalogue, en);

  test(`${lang}: no term the glossary forbids for a concept`, () => {
    none(lang === 'en' ? [] : glossaryFindings(lang, texts, glossary, english));
  });
  test(`${lang}: typography`, () => none(typographyFindings(lang, texts)));
  test(`${lang}: every count is written with the language's number formatting`, () =>
    none(numberFindings(lang, catalogue, en, num)));
  test(`${lang}: plural forms through plural(), every category spelt out`, () =>
    none([...pluralFindings(lang, catalogue, en), ...sourcesOf(lang).flatMap(([f, s]) => comparisonFindings(f, s))]));
  test(`${lang}: the signed-off sample sentences`, () => none(sampleFindings(lang, catalogue, glossary.samples)));
}
