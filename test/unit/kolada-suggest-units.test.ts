// Proposing kolada-units.yaml entries: which part of a name counts, how alike
// two names are, when nothing is suggested, and that one site unit is never
// proposed for two Kolada units without saying so. Names are made up here.
import { describe, expect, it } from 'vitest';
import { assignSuggestions, candidatesFor, type SiteCandidate, type Suggestion } from '../../src/import/kolada/suggest/assign';
import { nameCore } from '../../src/import/kolada/suggest/name-core';
import { ouAddress } from '../../src/import/kolada/suggest/ou-address';
import { kpiArea, ouArea, siteAreas, SURVEY_AREAS, unitsInScope } from '../../src/import/kolada/suggest/scope';
import { NAME_FLOOR, scoreMatch, STREET_BONUS, streetName, SUGGEST_THRESHOLD } from '../../src/import/kolada/suggest/score';

const unit = (subject: string, name: string, street?: string, city?: string): SiteCandidate => ({
  subjectType: 'unit',
  subject,
  name,
  address: street || city ? { street, city } : undefined,
});
const provider = (subject: string, name: string): SiteCandidate => ({ subjectType: 'provider', subject, name });
const ou = (id: string, title: string) => ({ id, title });

/** What each Kolada unit got, in one line per unit, for readable expectations. */
function outcome(s: Suggestion): string {
  if (s.status === 'proposed') return `${s.ou.id} -> ${s.proposal.candidate.subject}`;
  if (s.status === 'contested')
    return `${s.ou.id} ? ${s.options.map((o) => o.candidate.subject).join('|')}${s.rivals.length ? ` (lika nära ${s.rivals.join(', ')})` : ''}`;
  return `${s.ou.id} -`;
}

describe('nameCore: the part of a name that tells it apart', () => {
  it.each([
    ['Solgårdens Omsorg AB', [], 'solgarden omsorg'],
    ['Lindas Hemtjänst HB', [], 'linda'],
    ['Hemtjänst Linda i Storby kommun', [], 'linda'],
    ['Ekbackens vård- och omsorgsboende', [], 'ekbacken'],
    ['Särskilt boende Björkgården', [], 'bjorkgarden'],
    ['Äldreboendet Ängen, Storby', ['Storby'], 'angen'],
    ['Äldreboendet Ängen, Storby', [], 'angen storby'],
    ['Storbys hemtjänst Norr', ['Storby'], 'norr'],
    ['Café Øst Ekonomisk förening', [], 'cafe ost'],
    ['Hemtjänst', [], ''],
  ])('%j (kommun %j) -> %j', (name, kommun, core) => {
    expect(nameCore(name, kommun).core).toBe(core);
  });
});

describe('scoreMatch: how alike a Kolada unit and a site unit are', () => {
  it('the same name scores 1', () => {
    expect(scoreMatch({ name: 'Ekbackens boende' }, { name: 'Ekbackens boende' })).toEqual({
      score: 1,
      nameScore: 1,
      reasons: ['samma namn när orden "boende" tas bort'],
    });
  });

  it('ignores case and diacritics', () => {
    expect(scoreMatch({ name: 'BJÖRKGÅRDENS ÄLDREBOENDE' }, { name: 'Bjorkgardens aldreboende' }).score).toBe(1);
  });

  it('ignores legal forms, the kind of care and the kommun, and says which words it left out', () => {
    expect(scoreMatch({ name: 'Hemtjänst Lindas HB i Storby kommun' }, { name: 'Lindas hemtjänst AB' })).toMatchInlineSnapshot(`
      {
        "nameScore": 1,
        "reasons": [
          "samma namn när orden "hemtjänst", "HB", "i Storby kommun", "AB" tas bort",
        ],
        "score": 1,
      }
    `);
    expect(scoreMatch({ name: 'Ekbackens vård- och omsorgsboende, Storby' }, { name: 'Ekbackens särskilda boende' }, ['Storby']).score).toBe(1);
  });

  it('compares without text in parentheses too', () => {
    const s = scoreMatch({ name: 'Ekbackens äldreboende (privat regi)' }, { name: 'Ekbacken' });
    expect(s.score).toBe(1);
    expect(s.reasons[0]).toContain('texten inom parentes');
  });

  it('scores a near miss below the threshold, so it is never suggested', () => {
    const near = scoreMatch({ name: 'Solbackens äldreboende' }, { name: 'Solgårdens boende' });
    expect(near.score).toBeGreaterThan(0.3);
    expect(near.score).toBeLessThan(SUGGEST_THRESHOLD);
    expect(candidatesFor(ou('V23X', 'Solbackens äldreboende'), [unit('solgarden', 'Solgårdens boende')])).toEqual([]);
  });

  it('gives nothing when nothing is left to compare', () => {
    expect(scoreMatch({ name: 'Hemtjänst' }, { name: 'Hemtjänsten AB' })).toEqual({ score: 0, nameScore: 0, reasons: [] });
  });

  it('raises a score a little when the Kolada name holds the unit street, never from the address alone', () => {
    const withStreet = scoreMatch({ name: 'Björkgården Tallvägen' }, { name: 'Björkgårdens boende', address: { street: 'Tallvägen 3 B' } });
    const without = scoreMatch({ name: 'Björkgården Tallvägen' }, { name: 'Björkgårdens boende' });
    expect(without.nameScore).toBeGreaterThanOrEqual(NAME_FLOOR);
    expect(withStreet.score).toBeCloseTo(Math.min(1, without.score + STREET_BONUS), 5);
    expect(withStreet.reasons).toContain('gatan Tallvägen 3 B står i namnet i Kolada');
    // Same street, different name: no suggestion.
    expect(scoreMatch({ name: 'Tallvägen' }, { name: 'Ekbacken', address: { street: 'Tallvägen 3' } }).score).toBeLessThan(SUGGEST_THRESHOLD);
  });

  it('uses an address Kolada sends, and a postort only when it is not the kommun itself', () => {
    const kolada = {
      name: 'Björkgården Norr',
      address: ouAddress({ id: 'V23X', municipality: '0999', title: 'x', address: 'Tallvägen 3', city: 'Byn' } as never),
    };
    const s = scoreMatch(kolada, { name: 'Björkgårdens boende', address: { street: 'Tallvägen 3', city: 'Byn' } });
    expect(s.reasons.slice(1)).toEqual(['samma gata (Tallvägen 3)', 'samma postort (Byn)']);
    const inKommun = scoreMatch({ name: 'Björkgården Storby' }, { name: 'Björkgårdens boende', address: { city: 'Storby' } }, ['Storby']);
    expect(inKommun.reasons).toHaveLength(1);
  });

  it('reads the street name without number', () => {
    expect(streetName('Tallvägen 3 B')).toBe('tallvagen');
    expect(streetName('Storgatan 12-14')).toBe('storgatan');
  });
});

describe('assignSuggestions: one proposal per Kolada unit, one Kolada unit per site unit', () => {
  const site = [unit('ekbacken', 'Ekbackens boende'), unit('solgarden', 'Solgårdens boende'), provider('lindas', 'Lindas hemtjänst AB')];

  it('proposes the closest and lists nothing below the threshold', () => {
    const s = assignSuggestions([ou('V23A', 'Ekbackens äldreboende'), ou('V23B', 'Åkerbärets boende'), ou('V21C', 'Hemtjänst Lindas HB')], site, new Map());
    expect(s.map(outcome)).toEqual(['V21C -> lindas', 'V23A -> ekbacken', 'V23B -']);
  });

  it('gives a site unit wanted by two Kolada units to the more alike and says so to the other', () => {
    const s = assignSuggestions([ou('V23A', 'Solgårdens vårdboende'), ou('V23B', 'Solgårdens boende Nya')], site, new Map());
    expect(s.map(outcome)).toEqual(['V23A -> solgarden', 'V23B -']);
    const loser = s[1];
    expect(loser.alternatives).toMatchObject([{ candidate: { subject: 'solgarden' }, takenBy: { ou: 'V23A', confirmed: false } }]);
  });

  it('proposes neither when two Kolada units are equally alike to one site unit', () => {
    const s = assignSuggestions([ou('V23A', 'Solgårdens äldreboende'), ou('V23B', 'Solgården, särskilt boende')], site, new Map());
    expect(s.map(outcome)).toEqual(['V23A ? solgarden (lika nära V23B)', 'V23B ? solgarden (lika nära V23A)']);
  });

  it('proposes nothing when one Kolada unit is equally alike to two site units', () => {
    const s = assignSuggestions([ou('V23A', 'Ekbackens boende')], [...site, provider('ekbacken-ab', 'Ekbacken AB')], new Map());
    expect(s.map(outcome)).toEqual(['V23A ? ekbacken-ab|ekbacken']);
  });

  it('lets the loser take its next closest site unit when that one is free', () => {
    const both = [...site, unit('solgarden-2', 'Solgårdens boende 2')];
    const s = assignSuggestions([ou('V23A', 'Solgårdens boende'), ou('V23B', 'Solgårdens boende två')], both, new Map());
    expect(s.map(outcome)).toEqual(['V23A -> solgarden', 'V23B -> solgarden-2']);
  });

  it('never proposes a site unit already in kolada-units.yaml, and names the Kolada unit it is confirmed for', () => {
    const s = assignSuggestions([ou('V23B', 'Solgårdens äldreboende')], site, new Map([['unit:solgarden', 'V23A']]));
    expect(s.map(outcome)).toEqual(['V23B -']);
    expect(s[0].alternatives).toMatchObject([{ candidate: { subject: 'solgarden' }, takenBy: { ou: 'V23A', confirmed: true } }]);
  });

  it('proposes nothing when the site has no units or providers', () => {
    expect(assignSuggestions([ou('V23A', 'Ekbackens boende')], [], new Map()).map(outcome)).toEqual(['V23A -']);
  });
});

describe('which Kolada units are listed', () => {
  it.each([
    ['U21468', '21'],
    ['N23001', '23'],
    ['X1', undefined],
  ])('KPI %s is in area %s', (kpi, area) => expect(kpiArea(kpi)).toBe(area));

  it('reads a unit id the same way, and takes the survey areas when the site has no Kolada KPI', () => {
    expect(ouArea('V23E018299901')).toBe('23');
    expect(ouArea('ABC')).toBeUndefined();
    expect(siteAreas(['U23471', 'U21468', 'U23594'])).toEqual({ areas: ['21', '23'], fromIndicators: true });
    expect(siteAreas([])).toEqual({ areas: SURVEY_AREAS, fromIndicators: false });
  });

  it('keeps units in the areas, with values or already mapped, and counts the rest by prefix', () => {
    const ous = [{ id: 'V21E1' }, { id: 'V23E1' }, { id: 'V15E1' }, { id: 'V15E2' }, { id: 'V11E1' }, { id: 'X9' }, { id: 'V17E1' }];
    const scoped = unitsInScope(ous, ['21'], new Set(['V17E1', 'V23E1']));
    expect(scoped.inScope.map((o) => o.id)).toEqual(['V21E1', 'V23E1', 'V17E1']);
    expect(scoped.leftOut).toEqual([
      { prefix: 'V11', count: 1 },
      { prefix: 'V15', count: 2 },
      { prefix: 'annat id', count: 1 },
    ]);
  });
});
