// Drawn signatures: the drawing area's size (also the viewBox every
// signature is rendered in later), and the conversion of signature_pad's
// point groups into compact SVG path data (DESIGN.md §3: `d` syntax,
// at most 64 KiB).

import type { PointGroup } from 'signature_pad';

/** The drawing area in CSS pixels; signatures are rendered in this viewBox. */
export const SIGNATURE_WIDTH = 560;
export const SIGNATURE_HEIGHT = 200;
export const SIGNATURE_VIEWBOX = `0 0 ${SIGNATURE_WIDTH} ${SIGNATURE_HEIGHT}`;

/**
 * Whether a signature is drawn filled: a typed one made of glyph outlines
 * (closed contours, `Z`). Drawn signatures, and typed ones from the
 * single-stroke fallback alphabet, are strokes. The receipt PDF
 * (pledge-report) follows the same rule.
 */
export function signatureFilled(method: string, drawing: string): boolean {
  return method === 'typed' && /[Zz]/.test(drawing);
}

/** The most bytes a drawing's path data may take. */
export const MAX_DRAWING_BYTES = 65_536;

type Point = readonly [number, number];

const encoder = new TextEncoder();

function clamp(value: number, max: number): number {
  return Math.min(Math.max(value, 0), max);
}

/** Whether anything has been drawn. */
export function hasInk(groups: readonly PointGroup[]): boolean {
  return groups.some((g) => g.points.length > 0);
}

/** The strokes in whole viewBox units, without repeated points. */
function strokesOf(groups: readonly PointGroup[], scaleX: number, scaleY: number): Point[][] {
  const strokes: Point[][] = [];
  for (const group of groups) {
    const stroke: Point[] = [];
    for (const p of group.points) {
      const x = clamp(Math.round(p.x * scaleX), SIGNATURE_WIDTH);
      const y = clamp(Math.round(p.y * scaleY), SIGNATURE_HEIGHT);
      const last = stroke[stroke.length - 1];
      if (last && last[0] === x && last[1] === y) continue;
      stroke.push([x, y]);
    }
    if (stroke.length > 0) strokes.push(stroke);
  }
  return strokes;
}

/** `M x y L x y …`, one M per stroke; a dot becomes a one-unit line. */
function pathOf(strokes: readonly Point[][]): string {
  return strokes
    .map((stroke) => {
      const [first, ...rest] = stroke;
      if (!first) return '';
      const [x, y] = first;
      if (rest.length === 0) {
        const x2 = x < SIGNATURE_WIDTH ? x + 1 : x - 1;
        return `M${x} ${y} L${x2} ${y}`;
      }
      return `M${x} ${y} ${rest.map(([px, py]) => `L${px} ${py}`).join(' ')}`;
    })
    .filter((d) => d !== '')
    .join(' ');
}

/** Every other point of a stroke, keeping its first and last. */
function thinned(stroke: readonly Point[]): Point[] {
  if (stroke.length <= 2) return [...stroke];
  const kept = stroke.filter((_, i) => i % 2 === 0);
  const last = stroke[stroke.length - 1];
  if (last && kept[kept.length - 1] !== last) kept.push(last);
  return kept;
}

const pointCount = (strokes: readonly Point[][]): number => strokes.reduce((n, s) => n + s.length, 0);

/**
 * The drawing as SVG path data in the signature viewBox. `scaleX`/`scaleY`
 * map the canvas's CSS pixels to viewBox units (1 when it is shown at its
 * nominal size). Returns '' for an empty drawing, and null when even a
 * simplified drawing does not fit in MAX_DRAWING_BYTES.
 */
export function signaturePath(groups: readonly PointGroup[], scaleX = 1, scaleY = 1): string | null {
  let strokes = strokesOf(groups, scaleX, scaleY);
  for (;;) {
    const d = pathOf(strokes);
    if (encoder.encode(d).length <= MAX_DRAWING_BYTES) return d;
    const simpler = strokes.map(thinned);
    if (pointCount(simpler) === pointCount(strokes)) return null;
    strokes = simpler;
  }
}

/** Now as RFC 3339 UTC with whole seconds: "2026-11-29T10:15:00Z". */
export function utcSeconds(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d+Z$/, 'Z');
}
