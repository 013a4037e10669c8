import type { PointGroup } from 'signature_pad';
import { describe, expect, it } from 'vitest';
import { MAX_DRAWING_BYTES, SIGNATURE_HEIGHT, SIGNATURE_WIDTH, hasInk, signatureFilled, signaturePath, utcSeconds } from './signature';
import { typedSignaturePath } from './typed-signature';

/** A stroke as signature_pad records it, from [x, y] pairs in CSS pixels. */
function stroke(...points: [number, number][]): PointGroup {
  return {
    dotSize: 0,
    minWidth: 0.5,
    maxWidth: 2.5,
    penColor: 'black',
    velocityFilterWeight: 0.7,
    compositeOperation: 'source-over',
    points: points.map(([x, y], i) => ({ x, y, pressure: 0.5, time: i })),
  };
}

describe('signaturePath', () => {
  it('gives nothing for an empty drawing', () => {
    expect(signaturePath([])).toBe('');
    expect(signaturePath([stroke()])).toBe('');
    expect(hasInk([stroke()])).toBe(false);
    expect(hasInk([stroke(), stroke([1, 1])])).toBe(true);
  });

  it('writes one M per stroke, rounded to whole units, without repeated points', () => {
    const d = signaturePath([stroke([10.4, 20.6], [10.2, 21.4], [30, 40]), stroke([50, 60], [70, 80])]);
    expect(d).toBe('M10 21 L30 40 M50 60 L70 80');
  });

  it('draws a dot as a one-unit line (backwards at the right edge)', () => {
    expect(signaturePath([stroke([5, 5])])).toBe('M5 5 L6 5');
    expect(signaturePath([stroke([SIGNATURE_WIDTH, 5])])).toBe(`M${SIGNATURE_WIDTH} 5 L${SIGNATURE_WIDTH - 1} 5`);
  });

  it('scales CSS pixels to the viewBox and clamps to it', () => {
    expect(signaturePath([stroke([100, 50], [200, 80])], 0.5, 2)).toBe('M50 100 L100 160');
    expect(signaturePath([stroke([-10, -3], [900, 900])])).toBe(`M0 0 L${SIGNATURE_WIDTH} ${SIGNATURE_HEIGHT}`);
  });

  it('thins a drawing too large for the limit until it fits', () => {
    // A zigzag of 20 000 distinct points: about 200 KB of path data.
    const points: [number, number][] = Array.from({ length: 20_000 }, (_, i) => [i % 500, (i * 7) % 200]);
    const d = signaturePath([stroke(...points)]);
    expect(d).not.toBeNull();
    expect(new TextEncoder().encode(d ?? '').length).toBeLessThanOrEqual(MAX_DRAWING_BYTES);
    // Thinned twice: every fourth point is kept.
    expect(d?.startsWith('M0 0 L4 28 L8 56 ')).toBe(true);
    expect(d?.endsWith(`L${19_999 % 500} ${(19_999 * 7) % 200}`)).toBe(true); // the last point stays
  });

  it('gives up (null) when even the simplest drawing is too large', () => {
    // 10 000 two-point strokes cannot be thinned.
    const strokes = Array.from({ length: 10_000 }, (_, i) => stroke([i % 500, 10], [i % 500, 190]));
    expect(signaturePath(strokes)).toBeNull();
  });
});

describe('signatureFilled', () => {
  it('fills only typed signatures made of closed outlines', () => {
    expect(signatureFilled('typed', 'M0 0 L10 0 L10 10 Z')).toBe(true);
    expect(signatureFilled('typed', 'M0 0 L10 0')).toBe(false);
    expect(signatureFilled('drawn', 'M0 0 L10 0 Z')).toBe(false);
  });
});

describe('utcSeconds', () => {
  it('writes RFC 3339 UTC with whole seconds', () => {
    expect(utcSeconds(new Date('2026-11-29T10:15:00.678Z'))).toBe('2026-11-29T10:15:00Z');
  });
});

/** The numbers of path data, as [x, y] pairs. */
function pairs(d: string): [number, number][] {
  const numbers = d.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) out.push([numbers[i] ?? NaN, numbers[i + 1] ?? NaN]);
  return out;
}

describe('typedSignaturePath', () => {
  it('uses only M, L and numbers with at most one decimal', () => {
    const d = typedSignaturePath('Ada Lovelace');
    expect(d).toMatch(/^M[\d. ML]+$/);
    expect(d).not.toMatch(/\.\d\d/);
  });

  it('fits the name inside the signature viewBox', () => {
    for (const name of ['Ada Lovelace', 'W', 'Maximilian Alexander von Hohenzollern-Sigmaringen']) {
      for (const [x, y] of pairs(typedSignaturePath(name))) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(SIGNATURE_WIDTH);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(SIGNATURE_HEIGHT);
      }
    }
  });

  it('draws one stroke per polyline of the glyphs', () => {
    // L is one polyline, T two, a space none.
    expect(typedSignaturePath('L').match(/M/g)).toHaveLength(1);
    expect(typedSignaturePath('T L').match(/M/g)).toHaveLength(3);
  });

  it('drops accents and spells letters NFD does not take apart', () => {
    expect(typedSignaturePath('José')).toBe(typedSignaturePath('Jose'));
    expect(typedSignaturePath('Strauß')).toBe(typedSignaturePath('Strauss'));
    expect(typedSignaturePath('O’Brien')).toBe(typedSignaturePath("O'Brien"));
  });

  it('draws any other script as squiggles, and never nothing', () => {
    // Every character of another script is the same squiggle.
    expect(typedSignaturePath('李')).toBe(typedSignaturePath('Ж'));
    expect(typedSignaturePath('李')).toBe(typedSignaturePath('   '));
    expect(typedSignaturePath('')).not.toBe('');
    expect(typedSignaturePath('李明')).not.toBe(typedSignaturePath('李'));
  });
});
