// Loads the catalogues of src/lib/i18n as the window runs them: each .ts file
// is transpiled with the `typescript` package into a scratch folder and
// imported. `plural()` is wrapped so that a check can see every call a
// catalogue makes (its locale and the forms it offers).

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SRC = join(ROOT, 'src');
export const I18N = join(SRC, 'lib', 'i18n');
export const GLOSSARY = join(I18N, 'glossary');
export const SOURCE_LANGUAGE = 'en';
export const LANGUAGES = ['fr', 'es', 'ar', 'zh', 'ru'];
export const ALL_LANGUAGES = [SOURCE_LANGUAGE, ...LANGUAGES];

/** Every plural() call made since the last `takePluralCalls()`: `{locale, forms}`. */
const calls = [];
globalThis.__i18nPluralCalls = calls;
export function takePluralCalls() {
  return calls.splice(0, calls.length);
}

/** The catalogue sources (.ts, not the runtime index.svelte.ts), by path relative to `dir`. */
export function catalogueSources(dir = I18N, prefix = '') {
  const files = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...catalogueSources(dir, rel));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.svelte.ts') && !entry.name.endsWith('.d.ts')) {
      files.push(rel);
    }
  }
  return files.sort();
}

function transpile(file, source) {
  const { outputText, diagnostics } = ts.transpileModule(source, {
    fileName: file,
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  if (diagnostics?.length) {
    const text = diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ');
    throw new Error(`${file} does not parse: ${text}`);
  }
  return outputText;
}

/** Transpiles the catalogue modules of `i18nDir` and imports `names`: `{name: catalogue}`. */
export async function loadCatalogues(i18nDir = I18N, names = ALL_LANGUAGES) {
  const dir = mkdtempSync(join(tmpdir(), 'check-i18n-'));
  try {
    for (const file of catalogueSources(i18nDir)) {
      let out = transpile(file, readFileSync(join(i18nDir, file), 'utf8'));
      // Sibling imports (./plural, ./fr/staff) point at the transpiled copies;
      // anything else left after type erasure would not resolve from here.
      out = out.replace(/(from\s+['"])(\.\.?\/[^'"]+?)(['"])/g, (_, a, spec, b) => `${a}${spec}.mjs${b}`);
      const stray = /from\s+['"](?!\.\.?\/)[^'"]+['"]/.exec(out);
      if (stray) throw new Error(`${file}: a catalogue may import only its siblings at run time (${stray[0]})`);
      if (file === 'plural.ts') {
        out = out.replace('export function plural(', 'function pluralUnwatched(');
        out +=
          '\nexport function plural(locale, n, forms) {\n' +
          '  globalThis.__i18nPluralCalls?.push({ locale, n, forms });\n' +
          '  return pluralUnwatched(locale, n, forms);\n}\n';
      }
      const target = join(dir, file.replace(/\.ts$/, '.mjs'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, out);
    }
    const catalogues = {};
    for (const name of names) {
      const module = await import(pathToFileURL(join(dir, `${name}.mjs`)).href);
      if (typeof module.default !== 'object' || module.default === null) {
        throw new Error(`${name}.ts has no default export of its catalogue`);
      }
      catalogues[name] = module.default;
    }
    catalogues.__plural = await import(pathToFileURL(join(dir, 'plural.mjs')).href);
    return catalogues;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The glossary of `lang` (src/lib/i18n/glossary/<lang>.json). */
export function loadGlossary(lang, dir = GLOSSARY) {
  return JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8'));
}
