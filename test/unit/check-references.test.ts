// Rules that span files: references resolve, units fit their service and
// provider, figures respect the indicator's minimum number of answers.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data/load-content';
import { copyValidContent, type ContentCopy } from './support/content-fixture';

type Case = [rule: string, breakIt: (c: ContentCopy) => void, expected: string[]];

const CSV = 'indicator-values/values.csv';
const HEADER = 'indicator;subjectType;subject;period;state;value;n;responseRate;source;kpi;publishedOn';
const addRow = (c: ContentCopy, row: string) => c.write(CSV, `${c.read(CSV)}${row}\n`);

const references: Case[] = [
  [
    'a provider in an unknown service',
    (c) => c.replace('providers/solgarden-omsorg.yaml', '  - sarskilt-boende', '  - sarskilt-boende\n  - daglig-verksamhet'),
    [
      'content/providers/solgarden-omsorg.yaml, rad 7, fält services[1]: värdet är "daglig-verksamhet". Förväntat: en tjänst som finns i content/services/: hemtjanst, sarskilt-boende.',
    ],
  ],
  [
    'a unit of an unknown provider',
    (c) => c.replace('units/tallbacken.yaml', 'providerId: egen-regi', 'providerId: egen-regi-ab'),
    ['content/units/tallbacken.yaml, rad 2, fält providerId: värdet är "egen-regi-ab". Förväntat: en anordnare som finns i content/providers/.'],
  ],
  [
    'a unit whose provider is not authorised for the service',
    (c) => c.replace('units/tallbacken.yaml', 'providerId: egen-regi', 'providerId: lindas-hemtjanst'),
    [
      'content/units/tallbacken.yaml, rad 3, fält serviceId: värdet är "sarskilt-boende". Förväntat: en tjänst som anordnaren lindas-hemtjanst är auktoriserad för (hemtjanst).',
    ],
  ],
  [
    'a unit in a provider-level service',
    (c) => {
      c.replace('units/tallbacken.yaml', 'serviceId: sarskilt-boende', 'serviceId: hemtjanst');
      c.replace('units/tallbacken.yaml', 'area: centrum', 'area: norr');
    },
    [
      'content/units/tallbacken.yaml, rad 3, fält serviceId: värdet är "hemtjanst". Förväntat: en tjänst där kunden väljer enhet (choiceLevel: unit); i hemtjanst väljer kunden anordnare.',
    ],
  ],
  [
    'a unit in an unknown service',
    (c) => c.replace('units/tallbacken.yaml', 'serviceId: sarskilt-boende', 'serviceId: korttidsboende'),
    [
      'content/units/tallbacken.yaml, rad 3, fält serviceId: värdet är "korttidsboende". Förväntat: en tjänst som finns i content/services/: hemtjanst, sarskilt-boende.',
    ],
  ],
  [
    'a unit in an area the service does not have',
    (c) => c.replace('units/solgarden.yaml', 'area: sjostaden', 'area: norr'),
    ['content/units/solgarden.yaml, rad 9, fält area: värdet är "norr". Förväntat: ett område i tjänsten sarskilt-boende: centrum, sjostaden.'],
  ],
  [
    'a provider in an area none of its services has',
    (c) => c.replace('providers/lindas-hemtjanst.yaml', '  - soder', '  - centrum'),
    ['content/providers/lindas-hemtjanst.yaml, rad 17, fält areas[0]: värdet är "centrum". Förväntat: ett område i anordnarens tjänster: norr, soder.'],
  ],
  [
    'a provider with an unknown profile',
    (c) => c.replace('providers/solgarden-omsorg.yaml', '  - hbtq', '  - hbtq-certifierad'),
    [
      'content/providers/solgarden-omsorg.yaml, rad 24, fält profiles[0]: värdet är "hbtq-certifierad". Förväntat: en profil som finns i site.yaml under profiles: demens, hbtq.',
    ],
  ],
  [
    'a unit with an unknown profile',
    (c) => c.replace('units/tallbacken.yaml', '  - demens', '  - demensboende'),
    [
      'content/units/tallbacken.yaml, rad 16, fält profiles[0]: värdet är "demensboende". Förväntat: en profil som finns i site.yaml under profiles: demens, hbtq.',
    ],
  ],
  [
    'a status dated before the authorisation',
    (c) => c.replace('providers/lindas-hemtjanst.yaml', '    date: 2021-08-01', '    date: 2021-07-01'),
    [
      'content/providers/lindas-hemtjanst.yaml, rad 10, fält statusHistory[0].date: värdet är "2021-07-01". Förväntat: ett datum från auktorisationen (2021-08-01) eller senare.',
    ],
  ],
  [
    'a follow-up for an unknown provider',
    (c) => c.replace('follow-ups/2025.yaml', 'providerId: lindas-hemtjanst', 'providerId: linda-hemtjanst'),
    ['content/follow-ups/2025.yaml, rad 2, fält [0].providerId: värdet är "linda-hemtjanst". Förväntat: en anordnare som finns i content/providers/.'],
  ],
  [
    'a follow-up with an unknown condition',
    (c) => c.replace('follow-ups/2025.yaml', 'conditionId: genomforandeplan', 'conditionId: genomforande-plan'),
    [
      'content/follow-ups/2025.yaml, rad 7, fält [0].conditions[0].conditionId: värdet är "genomforande-plan". Förväntat: ett villkor som finns i content/conditions.yaml: genomforandeplan, utbildad-personal.',
    ],
  ],
  [
    'a follow-up of an unknown unit',
    (c) => c.replace('follow-ups/2025.yaml', 'providerId: lindas-hemtjanst', 'providerId: lindas-hemtjanst\n  unitId: lindas-kontor'),
    ['content/follow-ups/2025.yaml, rad 3, fält [0].unitId: värdet är "lindas-kontor". Förväntat: en enhet som finns i content/units/.'],
  ],
  [
    'a follow-up in a service the provider is not authorised for',
    (c) => c.replace('follow-ups/2025.yaml', 'serviceId: hemtjanst', 'serviceId: sarskilt-boende'),
    [
      'content/follow-ups/2025.yaml, rad 3, fält [0].serviceId: värdet är "sarskilt-boende". Förväntat: en tjänst som anordnaren lindas-hemtjanst är auktoriserad för (hemtjanst).',
    ],
  ],
  [
    'a quality report for a unit of another provider',
    (c) => c.replace('quality-reports/2025.yaml', 'unitId: solgarden', 'unitId: tallbacken'),
    [
      'content/quality-reports/2025.yaml, rad 3, fält [0].unitId: värdet är "tallbacken". Förväntat: en enhet som tillhör anordnaren solgarden-omsorg (den tillhör egen-regi).',
    ],
  ],
  [
    'a quality report in an unknown service',
    (c) => c.replace('quality-reports/2025.yaml', 'serviceId: sarskilt-boende', 'serviceId: boende'),
    [
      'content/quality-reports/2025.yaml, rad 4, fält [0].serviceId: värdet är "boende". Förväntat: en tjänst som finns i content/services/: hemtjanst, sarskilt-boende.',
    ],
  ],
  [
    'a service with an unknown key indicator',
    (c) => c.replace('services/hemtjanst.yaml', '  - nojdhet-helhet', '  - nojdhet'),
    [
      'content/services/hemtjanst.yaml, rad 21, fält keyIndicators[0]: värdet är "nojdhet". Förväntat: en indikator som finns i content/indicators/: nojdhet-helhet, personalkontinuitet.',
    ],
  ],
  [
    'a no-choice alternative that is not authorised for the service',
    (c) => c.replace('services/hemtjanst.yaml', 'providerId: egen-regi', 'providerId: solgarden-omsorg'),
    [
      'content/services/hemtjanst.yaml, rad 11, fält noChoiceAlternative.providerId: värdet är "solgarden-omsorg". Förväntat: en anordnare som är auktoriserad för hemtjanst (lägg till tjänsten under services i content/providers/solgarden-omsorg.yaml).',
    ],
  ],
  [
    'a service with the same area twice',
    (c) => c.replace('services/sarskilt-boende.yaml', '    name: Sjöstaden\n', '    name: Sjöstaden\n  - id: centrum\n    name: Centrum och Gamla stan\n'),
    ['content/services/sarskilt-boende.yaml, rad 17, fält areas[2].id: värdet är "centrum". Förväntat: ett unikt område-id inom tjänsten.'],
  ],
  [
    'an indicator in an unknown service',
    (c) => c.replace('indicators/personalkontinuitet.yaml', '  - sarskilt-boende', '  - sabo'),
    [
      'content/indicators/personalkontinuitet.yaml, rad 12, fält services[0]: värdet är "sabo". Förväntat: en tjänst som finns i content/services/: hemtjanst, sarskilt-boende.',
    ],
  ],
];

const indicatorValues: Case[] = [
  [
    'a value from fewer answers than the indicator allows',
    (c) => c.replace(CSV, 'value;87,5;24', 'value;87,5;6'),
    [
      'content/indicator-values/values.csv, rad 2, fält n: värdet är 6. Förväntat: minst 7 svar för att visa ett värde (indikatorns gräns). Skriv state suppressed och lämna value tomt.',
    ],
  ],
  [
    'a value from fewer than the default 5 answers',
    (c) => c.replace(CSV, 'value;9;18;', 'value;9;4;'),
    [
      'content/indicator-values/values.csv, rad 7, fält n: värdet är 4. Förväntat: minst 5 svar för att visa ett värde (indikatorns gräns). Skriv state suppressed och lämna value tomt.',
    ],
  ],
  [
    'a percent value over 100',
    (c) => c.replace(CSV, 'value;87,5;24', 'value;187,5;24'),
    ['content/indicator-values/values.csv, rad 2, fält value: värdet är 187.5. Förväntat: ett tal mellan 0 och 100 (indikatorn är en andel i procent).'],
  ],
  [
    'a negative percent value',
    (c) => c.replace(CSV, 'value;87,5;24', 'value;-3;24'),
    ['content/indicator-values/values.csv, rad 2, fält value: värdet är -3. Förväntat: ett tal mellan 0 och 100 (indikatorn är en andel i procent).'],
  ],
  [
    'the same indicator, subject and period twice',
    (c) => addRow(c, 'nojdhet-helhet;unit;tallbacken;2024;value;88;25;70;Socialstyrelsen;U21468;2025-02-01'),
    [
      'content/indicator-values/values.csv, rad 10, fält period: värdet är "2024". Förväntat: bara ett värde per indikator, enhet och period (samma finns på rad 2 i content/indicator-values/values.csv).',
    ],
  ],
  [
    'the same row in two files',
    (c) => c.write('indicator-values/2023-extra.csv', `${HEADER}\nnojdhet-helhet;unit;tallbacken;2024;value;88;25;70;Socialstyrelsen;U21468;2025-02-01\n`),
    [
      'content/indicator-values/values.csv, rad 2, fält period: värdet är "2024". Förväntat: bara ett värde per indikator, enhet och period (samma finns på rad 2 i content/indicator-values/2023-extra.csv).',
    ],
  ],
  [
    'an unknown indicator',
    (c) => addRow(c, 'nojdhet;unit;tallbacken;2024;missing;;;;Kolada;;2025-01-15'),
    [
      'content/indicator-values/values.csv, rad 10, fält indicator: värdet är "nojdhet". Förväntat: en indikator som finns i content/indicators/: nojdhet-helhet, personalkontinuitet.',
    ],
  ],
  [
    'an unknown unit as subject',
    (c) => addRow(c, 'nojdhet-helhet;unit;granbacken;2024;missing;;;;Kolada;;2025-01-15'),
    ['content/indicator-values/values.csv, rad 10, fält subject: värdet är "granbacken". Förväntat: en enhet som finns i content/units/.'],
  ],
  [
    'a provider id given as a unit',
    (c) => addRow(c, 'nojdhet-helhet;unit;egen-regi;2023;missing;;;;Kolada;;2025-01-15'),
    ['content/indicator-values/values.csv, rad 10, fält subject: värdet är "egen-regi". Förväntat: en enhet som finns i content/units/.'],
  ],
  [
    'a kommun figure without a kommunkod',
    (c) => addRow(c, 'nojdhet-helhet;municipality;Testkommun;2023;value;80;300;60;Socialstyrelsen;;2025-01-15'),
    ['content/indicator-values/values.csv, rad 10, fält subject: värdet är "Testkommun". Förväntat: en kommunkod med fyra siffror.'],
  ],
  [
    "a follow-up of a unit under another service than the unit's",
    (c) => {
      c.replace('follow-ups/2025.yaml', 'providerId: lindas-hemtjanst', 'providerId: egen-regi\n  unitId: tallbacken');
    },
    ['content/follow-ups/2025.yaml, rad 4, fält [0].serviceId: värdet är "hemtjanst". Förväntat: samma tjänst som enheten tallbacken (sarskilt-boende).'],
  ],
  [
    'a national figure not called riket',
    (c) => addRow(c, 'nojdhet-helhet;nation;sverige;2023;value;80;50000;60;Socialstyrelsen;;2025-01-15'),
    ['content/indicator-values/values.csv, rad 10, fält subject: värdet är "sverige". Förväntat: "riket" för rikets värde.'],
  ],
];

describe('cross-file references', () => {
  it.each(references)('%s', (_rule, breakIt, expected) => {
    const c = copyValidContent();
    breakIt(c);
    expect(c.errors()).toEqual(expected);
  });
});

describe('indicator values', () => {
  it.each(indicatorValues)('%s', (_rule, breakIt, expected) => {
    const c = copyValidContent();
    breakIt(c);
    expect(c.errors()).toEqual(expected);
  });

  it.each([
    ['0 percent', (c: ContentCopy) => c.replace(CSV, 'value;87,5;24', 'value;0;24')],
    ['100 percent', (c: ContentCopy) => c.replace(CSV, 'value;87,5;24', 'value;100;24')],
    ['exactly the minimum number of answers', (c: ContentCopy) => c.replace(CSV, 'value;87,5;24', 'value;87,5;7')],
    ['few answers, suppressed', (c: ContentCopy) => c.replace(CSV, 'suppressed;;4', 'suppressed;;1')],
    ['a value with n not known', (c: ContentCopy) => c.replace(CSV, 'value;87,5;24;68', 'value;87,5;;')],
    [
      'the same subject in another period',
      (c: ContentCopy) => addRow(c, 'nojdhet-helhet;unit;tallbacken;2023;value;88;25;70;Socialstyrelsen;U21468;2024-01-15'),
    ],
    [
      'the same subject and period, another indicator',
      (c: ContentCopy) => addRow(c, 'personalkontinuitet;unit;tallbacken;2023;value;11;25;;Utförarens kvalitetsredovisning;;2024-01-15'),
    ],
  ])('accepts %s', (_what, change) => {
    const c = copyValidContent();
    change(c);
    const result = loadContent(c.content, c.root);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});

describe('no follow-on errors from a record that is itself invalid', () => {
  it('reports an invalid provider once, not again from every unit, report and value that names it', () => {
    const c = copyValidContent();
    c.replace('providers/egen-regi.yaml', 'ownership: municipal', 'ownership: kommunal');
    // egen-regi is named by a service (no-choice alternative), a unit and a CSV row.
    expect(c.errors()).toEqual([
      'content/providers/egen-regi.yaml, rad 4, fält ownership: värdet är "kommunal". Förväntat: private (privat), municipal (kommunal egen regi) eller nonprofit (idéburen).',
    ]);
  });

  it('reports an indicator whose file does not parse once', () => {
    const c = copyValidContent();
    c.replace('indicators/nojdhet-helhet.yaml', 'unit: percent', 'unit: [percent');
    const errors = c.errors();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/indicators\/nojdhet-helhet\.yaml, rad \d+\. Förväntat: giltig YAML/);
  });

  it('reports a unit whose id differs from its file name once', () => {
    const c = copyValidContent();
    c.replace('units/solgarden.yaml', 'id: solgarden', 'id: solgardens-boende');
    expect(c.errors()).toEqual([
      'content/units/solgarden.yaml, rad 1, fält id: värdet är "solgardens-boende". Förväntat: samma id som filnamnet ("solgarden").',
    ]);
  });

  it('does not judge follow-up conditions when conditions.yaml cannot be read', () => {
    const c = copyValidContent();
    c.write('conditions.yaml', `${c.read('conditions.yaml')}- id: [trasig\n`);
    const errors = c.errors();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/conditions\.yaml, rad \d+\. Förväntat: giltig YAML/);
  });

  it('still reports a reference to something that does not exist at all', () => {
    const c = copyValidContent();
    c.replace('providers/egen-regi.yaml', 'ownership: municipal', 'ownership: kommunal');
    c.replace('units/solgarden.yaml', 'providerId: solgarden-omsorg', 'providerId: solgarden-ab');
    expect(c.errors()).toEqual([
      'content/providers/egen-regi.yaml, rad 4, fält ownership: värdet är "kommunal". Förväntat: private (privat), municipal (kommunal egen regi) eller nonprofit (idéburen).',
      'content/quality-reports/2025.yaml, rad 3, fält [0].unitId: värdet är "solgarden". Förväntat: en enhet som tillhör anordnaren solgarden-omsorg (den tillhör solgarden-ab).',
      'content/units/solgarden.yaml, rad 2, fält providerId: värdet är "solgarden-ab". Förväntat: en anordnare som finns i content/providers/.',
    ]);
  });
});
