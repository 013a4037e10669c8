// The fallback of the keyboard alternative to drawing (DESIGN.md §3): the
// typed name is drawn from the system's fonts by the `typed_signature`
// command (glyph outlines, shaped); only when no font on the computer has
// the name's letters is it drawn here instead, with a small single-stroke
// (Hershey-style) alphabet: each glyph a few polylines on a grid where the capitals stand
// from y = 0 to the baseline at y = 8, the x-height is at y = 3 and
// descenders reach y = 10.5. Accents are dropped (NFD), a few letters are
// spelt out (ß → ss), and a character of any other script becomes a neutral
// squiggle, so any name gives non-empty path data made of `M`, `L` and
// numbers only, fitted into the viewBox of drawn signatures.

import { MAX_DRAWING_BYTES, SIGNATURE_HEIGHT, SIGNATURE_WIDTH } from './signature';

/** A glyph: its advance width and its strokes ("x y,x y|x y,x y"). */
type Glyph = readonly [width: number, strokes: string];

const GLYPHS: Record<string, Glyph> = {
  A: [6, '0 8,3 0,6 8|1.1 5,4.9 5'],
  B: [6, '0 8,0 0,4 0,5 1,5 3,4 4,0 4|4 4,5.5 5,5.5 7,4.5 8,0 8'],
  C: [6, '6 1,5 0,2 0,0 2,0 6,2 8,5 8,6 7'],
  D: [6, '0 0,0 8,3.5 8,6 6,6 2,3.5 0,0 0'],
  E: [5.5, '5.5 0,0 0,0 8,5.5 8|0 4,4 4'],
  F: [5.5, '5.5 0,0 0,0 8|0 4,4 4'],
  G: [6, '6 1,5 0,2 0,0 2,0 6,2 8,5 8,6 7,6 5,3.5 5'],
  H: [6, '0 0,0 8|6 0,6 8|0 4,6 4'],
  I: [2, '1 0,1 8|0 0,2 0|0 8,2 8'],
  J: [5, '5 0,5 6,3 8,1 8,0 6.5'],
  K: [5.5, '0 0,0 8|5.5 0,0 5|1.8 3.5,5.5 8'],
  L: [5, '0 0,0 8,5 8'],
  M: [7, '0 8,0 0,3.5 5,7 0,7 8'],
  N: [6, '0 8,0 0,6 8,6 0'],
  O: [6, '2 0,0 2,0 6,2 8,4 8,6 6,6 2,4 0,2 0'],
  P: [6, '0 8,0 0,4.5 0,6 1.2,6 2.8,4.5 4,0 4'],
  Q: [6, '2 0,0 2,0 6,2 8,4 8,6 6,6 2,4 0,2 0|3.5 5.5,6.5 8.5'],
  R: [6, '0 8,0 0,4.5 0,6 1.2,6 2.8,4.5 4,0 4|3 4,6 8'],
  S: [6, '6 1,5 0,1.5 0,0 1.2,0 2.8,1.5 4,4.5 4,6 5.2,6 6.8,4.5 8,1 8,0 7'],
  T: [6, '0 0,6 0|3 0,3 8'],
  U: [6, '0 0,0 6,2 8,4 8,6 6,6 0'],
  V: [6, '0 0,3 8,6 0'],
  W: [8, '0 0,2 8,4 2,6 8,8 0'],
  X: [6, '0 0,6 8|6 0,0 8'],
  Y: [6, '0 0,3 4,6 0|3 4,3 8'],
  Z: [6, '0 0,6 0,0 8,6 8'],
  a: [5, '5 3,5 8|5 4,4 3,1.5 3,0 4.5,0 6.5,1.5 8,4 8,5 7'],
  b: [5, '0 0,0 8|0 4,1 3,3.5 3,5 4.5,5 6.5,3.5 8,1 8,0 7'],
  c: [5, '5 4,4 3,1.5 3,0 4.5,0 6.5,1.5 8,4 8,5 7'],
  d: [5, '5 0,5 8|5 4,4 3,1.5 3,0 4.5,0 6.5,1.5 8,4 8,5 7'],
  e: [5, '0 5.5,5 5.5,5 4.5,4 3,1.5 3,0 4.5,0 6.5,1.5 8,4 8,5 7'],
  f: [4, '4 0.5,3.5 0,2.5 0,1.5 1,1.5 8|0 3,3.5 3'],
  g: [5, '5 3,5 9,3.5 10.5,1 10.5,0 9.8|5 4,4 3,1.5 3,0 4.5,0 6,1.5 7.5,4 7.5,5 6.5'],
  h: [5, '0 0,0 8|0 4,1 3,4 3,5 4,5 8'],
  i: [2, '1 3,1 8|1 1,1 1.5'],
  j: [3, '2 3,2 9.5,1 10.5,0 10.5|2 1,2 1.5'],
  k: [4.5, '0 0,0 8|4.5 3,0 6|1.5 5,4.5 8'],
  l: [2.5, '1 0,1 7,2 8'],
  m: [7, '0 8,0 3|0 4,1 3,2.5 3,3.5 4,3.5 8|3.5 4,4.5 3,6 3,7 4,7 8'],
  n: [5, '0 8,0 3|0 4,1 3,4 3,5 4,5 8'],
  o: [5, '1.5 3,0 4.5,0 6.5,1.5 8,3.5 8,5 6.5,5 4.5,3.5 3,1.5 3'],
  p: [5, '0 3,0 10.5|0 4,1 3,3.5 3,5 4.5,5 6.5,3.5 8,1 8,0 7'],
  q: [5, '5 3,5 10.5|5 4,4 3,1.5 3,0 4.5,0 6.5,1.5 8,4 8,5 7'],
  r: [4, '0 3,0 8|0 5,1.5 3.3,3 3,4 3.5'],
  s: [4.5, '4.5 3.8,3.5 3,1 3,0 3.8,0 4.8,1 5.5,3.5 5.5,4.5 6.2,4.5 7.2,3.5 8,1 8,0 7.2'],
  t: [3.5, '1.5 0.5,1.5 7,2.5 8,3.5 8|0 3,3.5 3'],
  u: [5, '0 3,0 7,1 8,4 8,5 7|5 3,5 8'],
  v: [5, '0 3,2.5 8,5 3'],
  w: [7, '0 3,1.75 8,3.5 4,5.25 8,7 3'],
  x: [5, '0 3,5 8|5 3,0 8'],
  y: [5, '0 3,2.5 8|5 3,2 10.5,0.8 10.5'],
  z: [5, '0 3,5 3,0 8,5 8'],
  '0': [5, '1.5 0,0 1.5,0 6.5,1.5 8,3.5 8,5 6.5,5 1.5,3.5 0,1.5 0'],
  '1': [4, '1 1.5,2.5 0,2.5 8|1 8,4 8'],
  '2': [5, '0 1.5,1.5 0,3.5 0,5 1.5,5 3,0 8,5 8'],
  '3': [5, '0 1,1.5 0,3.5 0,5 1.2,5 2.8,3.5 4,2 4|3.5 4,5 5.2,5 6.8,3.5 8,1.5 8,0 7'],
  '4': [5, '4 8,4 0,0 5.5,5 5.5'],
  '5': [5, '5 0,0.5 0,0 3.8,1.5 3.3,3.5 3.3,5 4.6,5 6.7,3.5 8,1.5 8,0 7'],
  '6': [5, '4.5 0.5,3.5 0,1.5 0,0 1.5,0 6.5,1.5 8,3.5 8,5 6.5,5 5,3.5 3.5,1.5 3.5,0 5'],
  '7': [5, '0 0,5 0,1.5 8'],
  '8': [5, '2 4,0.5 3,0.5 1,1.5 0,3.5 0,4.5 1,4.5 3,3 4,2 4,0 5.3,0 7,1.5 8,3.5 8,5 7,5 5.3,3 4'],
  '9': [5, '5 3,3.5 4.5,1.5 4.5,0 3,0 1.5,1.5 0,3.5 0,5 1.5,5 6.5,3.5 8,1 8,0.5 7.5'],
  ' ': [3, ''],
  '-': [4, '0.5 5,3.5 5'],
  "'": [1.5, '1 0,0.5 2.5'],
  '.': [1.5, '0.5 7.6,0.5 8'],
};

/** A character of another script: a small wave, the same for every one. */
const SQUIGGLE: Glyph = [5, '0 5.5,1 4,2 6,3 4,4 6,5 5'];

/** Letters that NFD does not take apart, spelt with the alphabet above. */
const SPELT: Record<string, string> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ł: 'l',
  Ł: 'L',
  ı: 'i',
  þ: 'th',
  Þ: 'Th',
  ŋ: 'n',
  Ŋ: 'N',
  ħ: 'h',
  Ħ: 'H',
  // Apostrophes, hyphens and dashes as typed on other keyboards.
  '’': "'",
  'ʼ': "'",
  '‘': "'",
  '‐': '-',
  '‑': '-',
  '–': '-',
  '—': '-',
};

/** Space between two glyphs, in grid units. */
const GAP = 1;
/** The slant of the writing (x moves this much per unit of height). */
const SLANT = 0.22;
/** Where the baseline sits in the viewBox: on the drawing area's line. */
const BASELINE = 150;
/** The largest size: grid units to viewBox units. */
const MAX_SCALE = 7.5;
const MARGIN = 24;
/** The glyph grid's extent: from the top of capitals to the foot of descenders. */
const TOP = 0;
const BOTTOM = 10.5;
const CAP = 8;

type Point = readonly [number, number];

/** The glyphs for `name`: accents dropped, known letters spelt, others squiggles. */
function glyphsOf(name: string): Glyph[] {
  const glyphs: Glyph[] = [];
  const plain = name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  for (const char of plain) {
    const spelt = SPELT[char] ?? char;
    for (const c of spelt) glyphs.push(GLYPHS[c] ?? SQUIGGLE);
  }
  return glyphs;
}

function parseStrokes(strokes: string): Point[][] {
  if (strokes === '') return [];
  return strokes.split('|').map((stroke) =>
    stroke.split(',').map((pair) => {
      const [x = '0', y = '0'] = pair.trim().split(' ');
      return [Number(x), Number(y)] as const;
    }),
  );
}

/** One decimal at most, without a trailing ".0". */
function coord(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * `name` as single-stroke handwriting in SVG path data (`M x y L x y …`),
 * fitted into the signature viewBox with its baseline on the drawing
 * area's line. Never empty: a name with nothing to draw gives a squiggle.
 */
export function typedSignaturePath(name: string): string {
  let glyphs = glyphsOf(name);
  if (!glyphs.some(([, strokes]) => strokes !== '')) glyphs = [SQUIGGLE];

  // Lay the glyphs out in grid units, slanted.
  const strokes: Point[][] = [];
  let x = 0;
  for (const [width, drawn] of glyphs) {
    for (const stroke of parseStrokes(drawn)) {
      strokes.push(stroke.map(([gx, gy]) => [x + gx + (CAP - gy) * SLANT, gy] as const));
    }
    x += width + GAP;
  }
  const xs = strokes.flat().map(([px]) => px);
  const left = Math.min(...xs);
  const width = Math.max(Math.max(...xs) - left, 1);

  // As large as fits: the width between the margins, the height of the box.
  const scale = Math.min(
    MAX_SCALE,
    (SIGNATURE_WIDTH - 2 * MARGIN) / width,
    (BASELINE - MARGIN) / (CAP - TOP),
    (SIGNATURE_HEIGHT - BASELINE - 4) / (BOTTOM - CAP),
  );
  const toX = (gx: number): number => MARGIN + (gx - left) * scale;
  const toY = (gy: number): number => BASELINE - (CAP - gy) * scale;

  const d = strokes
    .map((stroke) => {
      const [first, ...rest] = stroke.map(([px, py]) => `${coord(toX(px))} ${coord(toY(py))}`);
      return `M${first} ${rest.map((p) => `L${p}`).join(' ')}`.trim();
    })
    .join(' ');
  // A name of 200 characters stays far below the limit; keep the bound all the same.
  return new TextEncoder().encode(d).length <= MAX_DRAWING_BYTES ? d : d.slice(0, d.lastIndexOf(' M', MAX_DRAWING_BYTES));
}
