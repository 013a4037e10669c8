// Typography of each language, as rules over a shown text. A rule's `test`
// returns the offending snippets (a few characters around each), none when
// the text is right. Written once here; rules.mjs applies them to every text.

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const FIXED_SPACES = new Set([NBSP, NNBSP]);

/** `text` around index `i`, spaces made visible. */
function around(text, i) {
  return text
    .slice(Math.max(0, i - 8), i + 8)
    .replaceAll(NNBSP, '⍽')
    .replaceAll(NBSP, '⍽')
    .replaceAll(' ', '␣');
}

/** Snippets around every index of `text` where `bad(i)` holds. */
function where(text, bad) {
  const out = [];
  for (let i = 0; i < text.length; i++) if (bad(i)) out.push(around(text, i));
  return out;
}

/** A word that cannot end a heading or caption: the phrase stops half way. */
function danglingWord(words) {
  const set = new Set(words);
  return {
    name: 'a text does not stop on a word that needs a continuation (a whole phrase)',
    test: (text) => {
      const last = /([\p{L}]+)\s*$/u.exec(text);
      return last && set.has(last[1].toLowerCase()) ? [text.slice(-24)] : [];
    },
  };
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

export const TYPOGRAPHY = {
  en: [danglingWord(['the', 'of', 'to', 'for', 'by', 'with', 'and', 'targeting'])],
  fr: [
    {
      name: 'a no-break space (U+202F or U+00A0) before : ; ? !',
      test: (text) =>
        where(text, (i) => {
          if (!':;?!'.includes(text[i]) || i === 0) return false;
          const prev = text[i - 1];
          const next = text[i + 1];
          if (prev === ' ') return true;
          return !FIXED_SPACES.has(prev) && (next === undefined || /\s/.test(next));
        }),
    },
    {
      name: 'a no-break space (U+202F or U+00A0) inside « »',
      test: (text) =>
        where(
          text,
          (i) => (text[i] === '«' && !FIXED_SPACES.has(text[i + 1])) || (text[i] === '»' && !FIXED_SPACES.has(text[i - 1])),
        ),
    },
    { name: 'French quotation marks « », not “ ”', test: (text) => where(text, (i) => '“”'.includes(text[i])) },
    danglingWord(['les', 'le', 'la', 'des', 'de', 'du', 'à', 'au', 'aux', 'en', 'pour', 'visant', 'par', 'avec', 'et']),
  ],
  es: [
    {
      name: 'an opening ¿ for every ? and ¡ for every !',
      test: (text) =>
        [...text.split(/(?<=[.?!])\s+/)]
          .filter((s) => (s.includes('?') && !s.includes('¿')) || (s.includes('!') && !s.includes('¡')))
          .map((s) => s.slice(-24)),
    },
    danglingWord(['los', 'las', 'el', 'la', 'de', 'del', 'a', 'al', 'en', 'para', 'por', 'con', 'y', 'dirigidas']),
  ],
  ru: [
    { name: 'Russian quotation marks « », not “ ”', test: (text) => where(text, (i) => '“”'.includes(text[i])) },
    danglingWord(['в', 'на', 'для', 'по', 'с', 'к', 'и', 'о']),
  ],
  ar: [
    {
      name: 'the Arabic comma ، (a comma only between digits)',
      test: (text) => where(text, (i) => text[i] === ',' && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))),
    },
    { name: 'the Arabic question mark ؟ and semicolon ؛', test: (text) => where(text, (i) => '?;'.includes(text[i])) },
    {
      name: 'one digit system: 0–9, as Intl writes numbers for the window',
      test: (text) => where(text, (i) => /[\u0660-\u0669\u06f0-\u06f9]/.test(text[i])),
    },
    danglingWord(['في', 'من', 'إلى', 'على', 'عن', 'مع', 'و']),
  ],
  zh: [
    {
      name: 'full-width punctuation （，：；？！） next to Chinese',
      test: (text) =>
        where(
          text,
          (i) => ',:;?!()'.includes(text[i]) && (CJK.test(text[i - 1] ?? '') || CJK.test(text[i + 1] ?? '') || CJK.test(text[i - 2] ?? '') && text[i - 1] === ' '),
        ),
    },
    { name: 'no spaced half-width dash (use ——)', test: (text) => where(text, (i) => / [-–—] /.test(text.slice(i, i + 3))) },
    {
      name: 'no space between Chinese characters',
      test: (text) => where(text, (i) => text[i] === ' ' && CJK.test(text[i - 1] ?? '') && CJK.test(text[i + 1] ?? '')),
    },
  ],
};
