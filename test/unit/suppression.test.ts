// Secondary suppression: a suppressed unit figure cannot be worked out from the
// kommun figure and the units that are shown, nor from a computed average.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseAverage } from '../../src/lib/figures/averages';
import { hasValue, type Figure } from '../../src/lib/figures/figures';
import { publishFigures } from '../../src/lib/figures/published-figures';
import type { Indicator } from '../../src/schemas/indicator';
import type { IndicatorValue } from '../../src/schemas/indicator-value';
import { indicator, value } from './support/model-builder';

const KOMMUN = '0182';
const ctx = { municipalityCode: KOMMUN, dataPublishedOn: '2026-11-15', freshnessMonths: 24 };

interface UnitInput {
  id: string;
  v?: number;
  n?: number;
  /** As the file says it: "suppressed" rows carry no value (the kommun figure still counts them). */
  state?: 'value' | 'suppressed';
}

const unitRow = (u: UnitInput): IndicatorValue =>
  value({ subjectType: 'unit', subject: u.id, state: u.state ?? 'value', value: u.state === 'suppressed' ? undefined : u.v, n: u.n });

const kommunRow = (v: number, n: number | undefined): IndicatorValue => value({ subjectType: 'municipality', subject: KOMMUN, value: v, n });

/** The kommun figure as the source computes it: the n-weighted mean of every unit, shown or not. */
function kommunOf(units: UnitInput[]): { v: number; n: number } {
  const n = units.reduce((s, u) => s + (u.n ?? 0), 0);
  const sum = units.reduce((s, u) => s + (u.v ?? 0) * (u.n ?? 0), 0);
  return { v: n > 0 ? sum / n : 0, n };
}

function publish(units: UnitInput[], kommun: { v: number; n?: number } | undefined, ind: Indicator = indicator({ minAnswers: 7 })) {
  const rows = [...(kommun ? [kommunRow(kommun.v, kommun.n)] : []), ...units.map(unitRow)];
  const figures = publishFigures(rows, new Map([[ind.id, ind]]), ctx);
  const unitFigures = figures.slice(kommun ? 1 : 0) as Figure[];
  return {
    kommun: kommun ? figures[0] : undefined,
    units: Object.fromEntries(units.map((u, i) => [u.id, unitFigures[i]])),
    unitFigures,
    shown: (id: string) => hasValue(Object.fromEntries(units.map((u, i) => [u.id, unitFigures[i]]))[id]),
  };
}

const shownIds = (r: ReturnType<typeof publish>) =>
  Object.entries(r.units)
    .filter(([, f]) => hasValue(f))
    .map(([id]) => id)
    .sort();

describe('secondary suppression (min 7 answers, percent)', () => {
  it.each<[string, UnitInput[], string[], boolean]>([
    [
      'one suppressed unit: the shown unit with the smallest n is suppressed too',
      [
        { id: 'a', v: 63.7, n: 4 },
        { id: 'b', v: 80, n: 20 },
        { id: 'c', v: 85, n: 30 },
        { id: 'd', v: 90, n: 25 },
      ],
      ['c', 'd'],
      true,
    ],
    [
      'several small suppressed units with fewer answers together than the minimum',
      [
        { id: 'a', v: 50, n: 2 },
        { id: 'b', v: 70, n: 3 },
        { id: 'c', v: 88, n: 12 },
        { id: 'd', v: 81, n: 40 },
      ],
      ['d'],
      true,
    ],
    [
      'two suppressed units with enough answers together: nothing more to hide',
      [
        { id: 'a', v: 50, n: 4 },
        { id: 'b', v: 72, n: 5 },
        { id: 'c', v: 88, n: 12 },
      ],
      ['c'],
      true,
    ],
    [
      'no suppressed unit: everything is shown',
      [
        { id: 'a', v: 50, n: 8 },
        { id: 'b', v: 72, n: 9 },
      ],
      ['a', 'b'],
      true,
    ],
    [
      'the only group that could form lands on a hidden value: the kommun figure is withheld and the shown unit stays',
      [
        { id: 'a', v: 80, n: 4 },
        { id: 'b', v: 80.4, n: 30 },
      ],
      ['b'],
      false,
    ],
    [
      'a unit the file marks suppressed (no value) is protected like one with a value',
      [
        { id: 'a', n: 3, state: 'suppressed' },
        { id: 'b', v: 80, n: 20 },
        { id: 'c', v: 70, n: 30 },
      ],
      ['c'],
      true,
    ],
  ])('%s', (_name, units, expectedShown, kommunShown) => {
    const truth = kommunOf(units.map((u) => ({ ...u, v: u.v ?? 66 })));
    const r = publish(units, { v: Math.round(truth.v * 10) / 10, n: truth.n });
    expect(shownIds(r)).toEqual(expectedShown);
    expect(hasValue(r.kommun)).toBe(kommunShown);
    for (const f of r.unitFigures.filter((x) => !hasValue(x))) expect([f.state, f.value, f.n]).toEqual(['suppressed', undefined, undefined]);
    if (!kommunShown) expect(r.kommun).toMatchObject({ state: 'suppressed', withheld: 'protects-others', value: undefined, n: undefined });
  });

  it('says why: too few answers for the small one, protection for the ones hidden with it', () => {
    const units = [
      { id: 'a', v: 63.7, n: 4 },
      { id: 'b', v: 80, n: 20 },
      { id: 'c', v: 85, n: 30 },
    ];
    const r = publish(units, kommunOf(units));
    expect([r.units.a.withheld, r.units.b.withheld, r.units.c.withheld]).toEqual(['too-few-answers', 'protects-others', undefined]);
  });

  it('picks the smallest n first, and the id when two have the same n', () => {
    const units = [
      { id: 'a', v: 40, n: 3 },
      { id: 'z', v: 80, n: 20 },
      { id: 'm', v: 85, n: 20 },
      { id: 'b', v: 90, n: 21 },
    ];
    expect(shownIds(publish(units, kommunOf(units)))).toEqual(['b', 'z']);
  });

  it('withholds the kommun figure when a lone suppressed unit has no other unit to hide with', () => {
    // The kommun figure counts answers from units not on the site, yet the one unit on it stays protected.
    const r = publish([{ id: 'a', v: 63.7, n: 4 }], { v: 70, n: 40 });
    expect(r.kommun).toMatchObject({ state: 'suppressed', withheld: 'protects-others', value: undefined, n: undefined });
    expect(r.units.a).toMatchObject({ state: 'suppressed', value: undefined, n: undefined });
  });

  it('leaves the units alone when the kommun figure itself is not shown (too few answers)', () => {
    const units = [
      { id: 'a', v: 63.7, n: 4 },
      { id: 'b', v: 80, n: 20 },
    ];
    const r = publish(units, { v: 77, n: 3 });
    expect(r.kommun).toMatchObject({ state: 'suppressed', withheld: 'too-few-answers' });
    expect(shownIds(r)).toEqual(['b']);
  });

  it('lets units with unknown n (not shown) stand together when the kommun n says they have enough answers', () => {
    // Kolada: the answers KPI exists only at kommun level, so unit figures carry no n.
    const r = publish(
      [
        { id: 'a', v: 82 },
        { id: 'b', v: 88 },
      ],
      { v: 85, n: 120 },
    );
    expect(shownIds(r)).toEqual([]);
    expect(r.kommun).toMatchObject({ state: 'value', value: 85, n: 120 });
  });

  it('withholds the kommun figure when a single unit with unknown n is all it sums up', () => {
    const r = publish([{ id: 'a', v: 82 }], { v: 82, n: 40 });
    expect(hasValue(r.kommun)).toBe(false);
  });

  it('computed average path: without a kommun figure the average uses shown units only, and its n is theirs', () => {
    const units = [
      { id: 'a', v: 63.7, n: 4 },
      { id: 'b', v: 80, n: 20 },
      { id: 'c', v: 85, n: 30 },
    ];
    const r = publish(units, undefined);
    const avg = chooseAverage(undefined, r.unitFigures)!;
    expect(avg).toMatchObject({ kind: 'computed', n: 50, count: 2 });
    expect(avg.value).toBeCloseTo((80 * 20 + 85 * 30) / 50, 10);
  });

  it('computed average path: a withheld kommun figure falls back to the shown units, which give nothing away', () => {
    const r = publish([{ id: 'a', v: 63.7, n: 4 }], { v: 63.7, n: 4 + 0 });
    expect(chooseAverage(r.kommun, r.unitFigures)).toBeUndefined();
  });
});

describe('differencing (property)', () => {
  const unitArb = (min: number) =>
    fc.record({
      v: fc.integer({ min: 0, max: 1000 }).map((x) => x / 10),
      n: fc.oneof(fc.integer({ min: 0, max: 2 * min }), fc.integer({ min: min, max: 80 })),
      fileSaysSuppressed: fc.boolean(),
    });
  const kommunArb = fc.integer({ min: 5, max: 12 }).chain((min) =>
    fc.record({
      min: fc.constant(min),
      units: fc.array(unitArb(min), { minLength: 1, maxLength: 10 }),
      // Rounded as sources publish it, or exact.
      roundKommun: fc.boolean(),
      kommunNKnown: fc.boolean(),
    }),
  );

  it('no suppressed value lies within one percentage point of anything computable from what is published', () => {
    fc.assert(
      fc.property(kommunArb, ({ min, units, roundKommun, kommunNKnown }) => {
        const inputs: UnitInput[] = units.map((u, i) => ({
          id: `u${i}`,
          v: u.v,
          n: u.n,
          state: u.n < min && u.fileSaysSuppressed ? 'suppressed' : 'value',
        }));
        const truth = kommunOf(units.map((u, i) => ({ id: `u${i}`, v: u.v, n: u.n })));
        const kommunValue = roundKommun ? Math.round(truth.v * 10) / 10 : truth.v;
        const r = publish(inputs, truth.n > 0 ? { v: kommunValue, n: kommunNKnown ? truth.n : undefined } : undefined, indicator({ minAnswers: min }));

        const shown = r.unitFigures.filter(hasValue);
        const hidden = units.filter((_, i) => !hasValue(r.unitFigures[i]));
        // Nothing suppressed carries a value or an n.
        for (const f of r.unitFigures.filter((x) => !hasValue(x))) expect([f.value, f.n]).toEqual([undefined, undefined]);
        if (r.kommun && !hasValue(r.kommun)) expect([r.kommun.value, r.kommun.n]).toEqual([undefined, undefined]);
        // Nothing with fewer answers than the minimum is shown.
        for (const f of shown) expect(f.n!).toBeGreaterThanOrEqual(min);

        const shownN = shown.reduce((s, f) => s + f.n!, 0);
        const shownSum = shown.reduce((s, f) => s + f.value * f.n!, 0);
        const computable: number[] = [];
        if (hasValue(r.kommun) && hidden.length > 0) {
          // The adversary knows the kommun n, published or not: the sum of all answers.
          const restN = truth.n - shownN;
          if (restN > 0) computable.push((r.kommun.value * truth.n - shownSum) / restN);
          expect(hidden.length).toBeGreaterThanOrEqual(2);
          expect(hidden.reduce((s, u) => s + u.n, 0)).toBeGreaterThanOrEqual(min);
        }
        const avg = chooseAverage(r.kommun, r.unitFigures);
        if (avg?.kind === 'computed') {
          // A computed average holds only shown units: nothing is left over for a hidden one.
          expect(avg.n).toBe(shownN);
          expect(avg.value * avg.n! - shownSum).toBeCloseTo(0, 6);
        }
        // A file that says "suppressed" gives no value, so there is none to compare with (it still counts in the group).
        const hiddenWithValue = hidden.filter((u) => !(u.n < min && u.fileSaysSuppressed));
        for (const u of hiddenWithValue) for (const c of computable) expect(Math.abs(u.v - c)).toBeGreaterThan(1);
      }),
      {
        numRuns: 3000,
        // Found by CI: a gap of exactly one point once read as safe through floating-point noise.
        examples: [
          [
            {
              min: 6,
              units: [
                { v: 30, n: 8, fileSaysSuppressed: false },
                { v: 0.9, n: 41, fileSaysSuppressed: false },
                { v: 23.4, n: 3, fileSaysSuppressed: false },
                { v: 32.9, n: 50, fileSaysSuppressed: false },
                { v: 67.9, n: 10, fileSaysSuppressed: false },
                { v: 33.4, n: 10, fileSaysSuppressed: false },
                { v: 57.3, n: 45, fileSaysSuppressed: false },
                { v: 47.1, n: 12, fileSaysSuppressed: false },
              ],
              roundKommun: true,
              kommunNKnown: true,
            },
          ],
        ],
      },
    );
  });
});
