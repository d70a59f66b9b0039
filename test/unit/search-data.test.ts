import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../src/lib/catalog/catalog';
import { buildSearchFile } from '../../src/lib/search/search-data';
import { indicatorsOfService } from '../../src/lib/catalog/service-indicators';
import { model, provider, service, unit, value } from './support/model-builder';
import { oldFiguresFixture } from './support/old-figures-fixture';
import { searchFixture } from './support/search-fixture';

describe('buildSearchFile', () => {
  const { file } = searchFixture();
  const row = (id: string) => file.records.find((r) => r.id === id)!;
  const words = (ids: number[] | undefined) => (ids ?? []).map((i) => file.words[i]);

  it('lists every selectable choice in name order, and no withdrawn or ended one', () => {
    expect(file.records.map((r) => r.id)).toEqual(['ekbacken', 'lindas', 'solgarden', 'aros']);
  });
  it('folds names into numbered words once, at build time', () => {
    expect(row('aros').n).toBe('Årosvägens vård');
    expect(words(row('aros').w)).toEqual(['arosvagens', 'vard']);
    expect(file.words).toEqual([...file.words].sort());
  });
  it('keeps facets as lists with folded words, records point into them', () => {
    expect(file.languages.map((l) => [l.id, l.name])).toEqual([
      ['arabiska', 'arabiska'],
      ['finska', 'finska'],
      ['persiska-farsi', 'Persiska (farsi)'],
      ['svenska', 'svenska'],
    ]);
    expect(file.profiles.map((p) => p.id)).toEqual(['demens', 'hbtq']);
    expect(words(file.areas[1].w)).toEqual(['sodra', 'omradet']);
    expect(row('lindas').a).toEqual([0, 1]);
  });
  it('never carries a suppressed or missing value, only values that may be shown', () => {
    expect(file.indicators.map((i) => i.id)).toEqual(['nojdhet', 'kontinuitet']);
    expect(row('solgarden').v).toEqual([81, null]);
    expect(row('ekbacken').v).toBeUndefined();
    expect(row('lindas').v).toEqual([null, 9]);
    expect(JSON.stringify(file)).not.toContain('95');
  });
  it('records ownership and whether new customers are taken', () => {
    expect(row('aros')).toMatchObject({ o: 'nonprofit', c: 'yes' });
    expect(row('ekbacken').c).toBeUndefined();
  });
  it('leaves out a capacity confirmed longer ago than the limit, so the filter does not count it as taking new customers now', () => {
    const m = model({
      providers: [
        provider({ id: 'old', capacity: { acceptsNewCustomers: 'yes', confirmedOn: '2025-06-17' } }),
        provider({ id: 'new', capacity: { acceptsNewCustomers: 'yes', confirmedOn: '2026-09-01' } }),
      ],
    });
    const records = buildSearchFile(createCatalog(m), 'hemtjanst').records;
    expect(records.find((r) => r.id === 'old')?.c).toBeUndefined();
    expect(records.find((r) => r.id === 'new')?.c).toBe('yes');
  });
  it('gives units the words of their provider too', () => {
    const m = model({
      services: [service({ id: 'boende', choiceLevel: 'unit' })],
      providers: [provider({ name: 'Omsorg Öst AB', services: ['boende'] })],
      units: [unit({ serviceId: 'boende', name: 'Tallbacken' })],
    });
    const unitFile = buildSearchFile(createCatalog(m), 'boende');
    expect(unitFile.level).toBe('unit');
    expect(unitFile.records[0].p!.map((i) => unitFile.words[i])).toEqual(['omsorg', 'ost', 'ab']);
  });
  it('leaves out indicators of other services, even when the provider has figures for them', () => {
    const m = model({
      services: [service(), service({ id: 'ledsagning', name: 'Ledsagning' })],
      providers: [provider({ services: ['hemtjanst', 'ledsagning'] })],
      indicatorValues: [value({ value: 80, n: 30 })],
    });
    const catalog = createCatalog(m);
    expect(buildSearchFile(catalog, 'hemtjanst').indicators.map((i) => i.id)).toEqual(['nojdhet']);
    expect(buildSearchFile(catalog, 'ledsagning').indicators).toEqual([]);
    expect(buildSearchFile(catalog, 'ledsagning').records[0].v).toBeUndefined();
  });
  it('gives the same file for the same content', () => {
    expect(JSON.stringify(searchFixture().file)).toBe(JSON.stringify(file));
  });
});

describe('indicatorsOfService', () => {
  const { catalog } = searchFixture();
  const choices = catalog.choicesForService('hemtjanst').filter((c) => c.selectable);
  it('lists indicators someone has a figure for, key indicators first', () => {
    expect(indicatorsOfService(catalog, 'hemtjanst', choices).map((i) => i.id)).toEqual(['nojdhet', 'kontinuitet']);
  });
  it('can ask for those with a value to show (for sorting)', () => {
    const onlyLindas = choices.filter((c) => c.id === 'lindas' || c.id === 'ekbacken');
    expect(indicatorsOfService(catalog, 'hemtjanst', onlyLindas).map((i) => i.id)).toEqual(['nojdhet', 'kontinuitet']);
    expect(indicatorsOfService(catalog, 'hemtjanst', onlyLindas, { withValueOnly: true }).map((i) => i.id)).toEqual(['kontinuitet']);
  });
});

describe('buildSearchFile: old figures', () => {
  const { file } = oldFiguresFixture();
  const row = (id: string) => file.records.find((r) => r.id === id)!;
  it('marks which values are old ("Äldre uppgift"), by position in the indicators', () => {
    expect(file.indicators.map((i) => i.id)).toEqual(['nojdhet', 'kontinuitet']);
    expect(row('gammal-hog')).toMatchObject({ v: [99, null], g: [0] });
    expect(row('gammal-lag')).toMatchObject({ v: [40, 3], g: [0, 1] });
    expect(row('ny-hog').g).toBeUndefined();
    expect(row('saknas').g).toBeUndefined();
  });
  it('leaves out withdrawn and ended providers, old or not', () => {
    expect(file.records.map((r) => r.id)).not.toContain('aterkallad');
    expect(file.records.map((r) => r.id)).not.toContain('slutat');
  });
});
