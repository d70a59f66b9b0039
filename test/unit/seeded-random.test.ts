import { describe, expect, it } from 'vitest';
import { Random, seededRandom } from '../../scripts/lib/seeded-random';

describe('seeded random: one generator for example data, bench and tests', () => {
  it('gives the same numbers for the same seed, in [0, 1)', () => {
    const a = seededRandom(7);
    const b = new Random(7);
    const numbers = Array.from({ length: 50 }, () => a());
    expect(numbers).toEqual(Array.from({ length: 50 }, () => b.next()));
    expect(numbers.every((x) => x >= 0 && x < 1)).toBe(true);
  });
  it('keeps the mulberry32 sequence the example data was made with', () => {
    const r = new Random(20261115);
    expect([r.int(1, 100), r.int(1, 100), r.int(1, 100)]).toEqual([r2(20261115)[0], r2(20261115)[1], r2(20261115)[2]]);
  });
});

/** mulberry32 written out once here, so a change to the generator shows. */
function r2(seed: number): number[] {
  let a = seed >>> 0;
  return Array.from({ length: 3 }, () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return 1 + Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * 100);
  });
}
