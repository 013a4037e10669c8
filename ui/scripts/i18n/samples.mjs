// What to call a catalogue's functions with. Arguments are told apart by the
// parameter names of the English catalogue (the source every catalogue
// follows); a name not listed here fails the check until it is added.

/** A count or other number shown in a sentence. */
const NUMBERS = new Set(['n', 'i', 'min', 'max', 'count', 'items', 'rows', 'created', 'duplicate', 'conflict', 'rejected', 'done', 'total', 'left']);
/** Text the window passes in (names, messages, formatted values). */
const TEXTS = new Set([
  'message', 'title', 'name', 'id', 'tag', 'organisation', 'remaining', 'text', 'status', 'state', 'start', 'end',
  'size', 'reason', 'lead', 'kind', 'country', 'field', 'row', 'error', 'connection', 'last', 'pending', 'code',
  'bundle', 'amount', 'currency', 'time', 'when', 'fingerprint',
]);
/** A moment as `shortTime`/`whenEdited` give it (src/lib/format.ts). */
const MOMENTS = new Set(['moment']);

/** The parameter names of a catalogue function, read from its source. */
export function parameterNames(fn) {
  const source = fn.toString();
  const match = /^\s*(?:async\s*)?\(([^)]*)\)\s*=>/.exec(source) ?? /^\s*([A-Za-z_$][\w$]*)\s*=>/.exec(source);
  if (!match) throw new Error(`cannot read the parameters of ${source.slice(0, 60)}`);
  return match[1]
    .split(',')
    .map((p) => p.trim().replace(/[=:].*$/, '').trim())
    .filter(Boolean);
}

/** The kind of each parameter: number, text, texts, moment, role or problem. */
export function parameterKinds(names) {
  return names.map((name) => {
    if (NUMBERS.has(name)) return 'number';
    if (TEXTS.has(name)) return 'text';
    if (MOMENTS.has(name)) return 'moment';
    if (name === 'others') return 'texts';
    if (name === 'role') return 'role';
    if (name === 'a') return 'problem';
    // An error's params (i18n/en/errors.ts): numbers by the names above, the rest text.
    if (name === 'p') return 'params';
    throw new Error(`catalogue parameter "${name}" is not known to scripts/i18n/samples.mjs`);
  });
}

/** A stand-in for text, in the script of `lang` so punctuation around it is judged as in use. */
export function placeholder(lang, i = 0) {
  const marks = { ar: ['س', 'ص', 'ع'], zh: ['甲', '乙', '丙'], ru: ['Икс', 'Игрек', 'Зет'] }[lang] ?? ['Xxx', 'Yyy', 'Zzz'];
  return marks[i % marks.length];
}

/**
 * Arguments for `kinds`: every number is `n` (or `at` for the one number
 * at that index, the others 1), text in the language's script, a moment
 * of today ("10:42").
 */
export function argumentsFor(kinds, lang, { n = 2, at = -1, moment } = {}) {
  return kinds.map((kind, i) => {
    switch (kind) {
      case 'number':
        return at < 0 ? n : i === at ? n : 1;
      case 'text':
        return placeholder(lang, i);
      case 'texts':
        return [placeholder(lang, 1), placeholder(lang, 2)];
      case 'moment':
        return moment ?? { kind: 'clock', day: null, time: '10:42' };
      case 'role':
        return 'staff';
      case 'problem':
        return { field: placeholder(lang, 0), limit: '200' };
      case 'params':
        return new Proxy(
          {},
          { get: (_, key) => (typeof key !== 'string' ? undefined : NUMBERS.has(key) ? String(n) : placeholder(lang, 0)) },
        );
      default:
        throw new Error(kind);
    }
  });
}

/** Every leaf of a catalogue by dotted path (functions and texts). */
export function entries(value, prefix = '', out = []) {
  if (typeof value === 'string' || typeof value === 'function') out.push([prefix, value]);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) entries(child, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

/** The value at a dotted path. */
export function at(catalogue, path) {
  return path.split('.').reduce((v, k) => (v == null ? v : v[k]), catalogue);
}

/**
 * The texts a catalogue entry shows, each with the English text of the same
 * entry and arguments: texts as they are, functions called with counts
 * 0, 1, 2, 3, 5, 11, 21 and 12345 in turn.
 */
export function renderings(path, value, english, lang) {
  if (typeof value === 'string') return [{ path, text: value, en: typeof english === 'string' ? english : '' }];
  const kinds = parameterKinds(parameterNames(english));
  const counts = kinds.includes('number') || kinds.includes('params') ? [0, 1, 2, 3, 5, 11, 21, 12345] : [2];
  return counts.map((n) => {
    const args = argumentsFor(kinds, lang, { n });
    const enArgs = argumentsFor(kinds, 'en', { n });
    return { path: `${path}(${n})`, text: String(value(...args)), en: String(english(...enArgs)) };
  });
}
