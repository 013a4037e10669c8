#!/usr/bin/env node
// Checks the translations of the window (npm run check:i18n):
//
// 1. Every catalogue in src/lib/i18n (fr, es, ar, zh, ru) has exactly the
//    keys of the English one, recursively, with the same kind of value
//    (text, function, object, list of the same length), and no empty text
//    where English has some. The catalogues are TypeScript: each is
//    transpiled with the `typescript` package into a scratch folder and
//    imported, so what is compared is what the window runs.
// 2. No user-facing text bypasses the catalogues: in every .svelte file's
//    markup (outside <script> and <style>), no text node has letters, and
//    the attributes people read or hear (placeholder, title, aria-label,
//    alt, label, …) are never literal strings with letters, nor
//    expressions that result in one (`{'Delete'}`, `{x ? 'Yes' : 'No'}`).
//    The markup is read with Svelte's own parser.
//
// Exits 1 listing every finding; `--self-test` first proves on made-up
// inputs that both checks catch what they should. What the texts say (the
// glossaries, typography, numbers, plural forms) is checked by the tests in
// scripts/i18n/ (npm run test:i18n).

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';
import { LANGUAGES, loadCatalogues, ROOT, SOURCE_LANGUAGE, SRC } from './i18n/load.mjs';

/** Attributes whose value is read or heard by people (compared in lower case). */
const READ_ATTRIBUTES = new Set([
  'placeholder',
  'title',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'alt',
  'label',
  // Props of this window's own components that are shown as they are.
  'message',
  'actionlabel',
]);

/**
 * Non-linguistic text allowed in markup, exactly as written (trimmed). Keep
 * this tiny: anything in a language belongs in the catalogues.
 */
const ALLOWED_TEXT = new Set([]);

const HAS_LETTER = /\p{L}/u;

// ---------------------------------------------------------------- catalogues

function kindOf(value) {
  if (Array.isArray(value)) return `list of ${value.length}`;
  if (value === null) return 'null';
  return typeof value === 'object' ? 'object' : typeof value;
}

/** Every leaf of `value` by dotted path: its kind, and its text if it is one. */
function leaves(value, prefix = '', out = new Map()) {
  const kind = kindOf(value);
  if (kind === 'object' || kind.startsWith('list')) {
    if (prefix) out.set(prefix, { kind });
    for (const [key, child] of Object.entries(value)) {
      leaves(child, prefix ? `${prefix}.${key}` : key, out);
    }
  } else {
    out.set(prefix, { kind, text: typeof value === 'string' ? value : undefined });
  }
  return out;
}

/** What is wrong with `catalogue` compared with `source` (English). */
export function compareCatalogue(name, catalogue, source) {
  const problems = [];
  const want = leaves(source);
  const have = leaves(catalogue);
  for (const [path, { kind, text }] of want) {
    const got = have.get(path);
    if (!got) problems.push(`${name}: missing key ${path}`);
    else if (got.kind !== kind) problems.push(`${name}: ${path} is a ${got.kind}, English has a ${kind}`);
    else if (kind === 'string' && text !== '' && got.text.trim() === '') problems.push(`${name}: ${path} is empty`);
  }
  for (const path of have.keys()) {
    if (!want.has(path)) problems.push(`${name}: ${path} is not a key of the English catalogue`);
  }
  return problems;
}

// -------------------------------------------------------------------- markup

/** The literal texts an expression can result in (not the ones it tests). */
function literalResults(expression) {
  if (!expression) return [];
  switch (expression.type) {
    case 'Literal':
      return typeof expression.value === 'string' ? [expression.value] : [];
    case 'TemplateLiteral':
      return [expression.quasis.map((q) => q.value.cooked ?? '').join(' ')];
    case 'ConditionalExpression':
      return [...literalResults(expression.consequent), ...literalResults(expression.alternate)];
    case 'LogicalExpression':
      return [...literalResults(expression.left), ...literalResults(expression.right)];
    case 'SequenceExpression':
      return literalResults(expression.expressions.at(-1));
    default:
      return [];
  }
}

function lineOf(source, offset) {
  return source.slice(0, offset).split('\n').length;
}

function isWording(text) {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return HAS_LETTER.test(trimmed) && !ALLOWED_TEXT.has(trimmed);
}

/** User-facing literals in one component's markup: `{line, what, text}`. */
export function literalsInMarkup(source) {
  const ast = parse(source, { modern: true });
  const found = [];
  const report = (node, what, text) =>
    found.push({ line: lineOf(source, node.start), what, text: text.replace(/\s+/g, ' ').trim() });

  const visit = (node) => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (!node || typeof node !== 'object' || typeof node.type !== 'string') return;
    switch (node.type) {
      case 'Text':
        if (isWording(node.data)) report(node, 'text', node.data);
        return;
      case 'Comment':
        return;
      case 'ExpressionTag':
        // Text content such as {'Delete'} or {busy ? 'Saving' : 'Save'}.
        for (const text of literalResults(node.expression)) {
          if (isWording(text)) report(node, 'text expression', text);
        }
        return;
      case 'Attribute': {
        if (!READ_ATTRIBUTES.has(node.name.toLowerCase()) || node.value === true) return;
        const parts = Array.isArray(node.value) ? node.value : [node.value];
        for (const part of parts) {
          const texts = part.type === 'Text' ? [part.data] : literalResults(part.expression);
          for (const text of texts) {
            if (isWording(text)) report(node, `${node.name}="…"`, text);
          }
        }
        return;
      }
      default:
        break;
    }
    // Elements, components and blocks: their attributes and children. Script
    // and style are not in the fragment (ast.instance, ast.module, ast.css).
    for (const [key, value] of Object.entries(node)) {
      if (key === 'expression' || key === 'metadata' || key === 'parent') continue;
      if (value && typeof value === 'object') visit(value);
    }
  };
  visit(ast.fragment);
  return found;
}

function svelteFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...svelteFiles(path));
    else if (entry.name.endsWith('.svelte')) files.push(path);
  }
  return files.sort();
}

// ----------------------------------------------------------------- self-test

async function selfTest() {
  const failures = [];
  const en = { a: 'A', nested: { b: (n) => `${n}`, c: 'C' }, list: ['x', 'y'] };
  const cases = [
    [{ a: 'A', nested: { b: (n) => `${n}`, c: 'C' }, list: ['x', 'y'] }, 0],
    [{ a: 'A', nested: { b: (n) => `${n}` }, list: ['x', 'y'] }, 1], // missing nested.c
    [{ a: 'A', nested: { b: 'B', c: 'C' }, list: ['x', 'y'] }, 1], // text for a function
    [{ a: '', nested: { b: (n) => `${n}`, c: 'C' }, list: ['x'] }, 3], // empty; short list, its 2nd entry missing
    [{ a: 'A', nested: { b: (n) => `${n}`, c: 'C', d: 'D' }, list: ['x', 'y'] }, 1], // extra key
  ];
  for (const [catalogue, expected] of cases) {
    const got = compareCatalogue('test', catalogue, en).length;
    if (got !== expected) failures.push(`catalogue case expected ${expected} finding(s), got ${got}`);
  }
  const markup = [
    ['<script>let x = "Not markup";</script>\n<p>{m.ok}</p><style>p::after{content:"x"}</style>', 0],
    ['<p>Hello</p>', 1],
    ['<input placeholder="Type here" />', 1],
    ['<button aria-label={busy ? "Saving" : m.save}>{m.save}</button>', 1],
    ['<img alt="{m.logo}" src="a.png" /><span title={m.t}>{"Literal"}</span>', 1],
    ['<!-- a comment with words --><p>{m.a}: {n} · 1/2</p><Toast message="Done" />', 1],
    ['{#if a}<b>Yes</b>{:else}<i>{m.no}</i>{/if}', 1],
  ];
  for (const [source, expected] of markup) {
    const got = literalsInMarkup(source).length;
    if (got !== expected) failures.push(`markup case expected ${expected} finding(s), got ${got}: ${source}`);
  }
  return failures;
}

// ---------------------------------------------------------------------- main

async function main() {
  const findings = [];

  if (process.argv.includes('--self-test')) {
    const failures = await selfTest();
    if (failures.length > 0) {
      console.error('check-i18n self-test failed:');
      for (const f of failures) console.error(`  ${f}`);
      process.exit(1);
    }
    console.log('check-i18n self-test: both checks catch what they should');
  }

  const catalogues = await loadCatalogues();
  const source = catalogues[SOURCE_LANGUAGE];
  const keyCount = [...leaves(source).values()].filter((l) => l.kind !== 'object').length;
  for (const name of LANGUAGES) findings.push(...compareCatalogue(`${name}.ts`, catalogues[name], source));

  const files = svelteFiles(SRC);
  for (const file of files) {
    const name = relative(ROOT, file);
    for (const { line, what, text } of literalsInMarkup(readFileSync(file, 'utf8'))) {
      findings.push(`${name}:${line}: ${what} not from a catalogue: "${text}"`);
    }
  }

  if (findings.length > 0) {
    console.error(`check-i18n: ${findings.length} problem(s)`);
    for (const f of findings) console.error(`  ${f}`);
    process.exit(1);
  }
  console.log(
    `check-i18n: ${LANGUAGES.length} catalogues match the ${keyCount} entries of ${SOURCE_LANGUAGE}.ts; ` +
      `${files.length} components show no text outside the catalogues`,
  );
}

await main();
