// Loading a whole content folder: the valid fixture loads, and each way a file
// can be wrong gives one error naming the file, row, field, value and expectation.
import { rmSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/data/read-files';
import { loadContent } from '../../src/data/load-content';
import { copyValidContent, VALID_CONTENT, type ContentCopy } from './support/content-fixture';

// Changed with the text gate: the number is shown masked, and the message names the way out for phone numbers.
const NO_PERSONAL_NUMBERS =
  'Förväntat: inga personnummer i innehållet (ta bort numret: webbplatsen får bara innehålla uppgifter om organisationer). Är det ett telefonnummer? Skriv det med +46, t.ex. +46 70-123 45 67.';

describe('the valid fixture', () => {
  const result = loadContent(VALID_CONTENT);

  it('loads without errors', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('returns every record, services in their order', () => {
    if (!result.ok) throw new Error('fixture did not load');
    const m = result.model;
    expect(m.services.map((s) => s.id)).toEqual(['hemtjanst', 'sarskilt-boende']);
    expect(m.providers.map((p) => p.id).sort()).toEqual(['egen-regi', 'lindas-hemtjanst', 'solgarden-omsorg']);
    expect(m.units.map((u) => u.id).sort()).toEqual(['solgarden', 'tallbacken']);
    expect(m.indicators).toHaveLength(2);
    expect(m.conditions).toHaveLength(2);
    expect(m.qualityReports).toHaveLength(1);
    expect(m.followUps).toHaveLength(1);
    expect(new Set(m.indicatorValues.map((v) => v.state))).toEqual(new Set(['value', 'suppressed', 'missing', 'not-applicable', 'not-measured']));
  });

  it('keeps dates as text, reads a decimal comma and fills defaults', () => {
    if (!result.ok) throw new Error('fixture did not load');
    const m = result.model;
    expect(m.site.dataPublishedOn).toBe('2025-06-01');
    expect(m.indicatorValues[0]).toMatchObject({ subject: 'tallbacken', value: 87.5, n: 24, responseRate: 68 });
    expect(m.indicatorValues.find((v) => v.state === 'suppressed')?.value).toBeUndefined();
    expect(m.indicators.find((i) => i.id === 'personalkontinuitet')?.minAnswers).toBe(5);
    expect(m.providers.find((p) => p.id === 'lindas-hemtjanst')).toMatchObject({ soleTrader: true, profiles: [] });
    expect(m.providers.find((p) => p.id === 'lindas-hemtjanst')).not.toHaveProperty('orgNumber');
  });
});

type Case = [rule: string, breakIt: (c: ContentCopy) => void, expected: string[]];

// Each case breaks exactly one thing and expects exactly these errors: nothing
// missed, and no follow-on errors that would send the reader to the wrong file.
const fileRules: Case[] = [
  [
    'a required field is missing',
    (c) => c.replace('providers/solgarden-omsorg.yaml', 'name: Solgården Omsorg AB\n', ''),
    ['content/providers/solgarden-omsorg.yaml, rad 1, fält name: värdet är inget värde (fältet saknas). Förväntat: en text (fältet är obligatoriskt).'],
  ],
  [
    'an unknown field (typo)',
    (c) => c.replace('providers/solgarden-omsorg.yaml', 'ownership: private', 'ownership: private\nownrship: private'),
    [
      'content/providers/solgarden-omsorg.yaml, rad 5, fält ownrship: värdet är "private". Förväntat: inget sådant fält. Kontrollera stavningen mot content/README.md.',
    ],
  ],
  [
    'an unknown nested field (typo)',
    (c) => c.replace('units/tallbacken.yaml', '  ownKitchen: true', '  ownKitchn: true'),
    [
      'content/units/tallbacken.yaml, rad 19, fält facts.ownKitchn: värdet är true. Förväntat: inget sådant fält. Kontrollera stavningen mot content/README.md.',
    ],
  ],
  [
    'a wrong enum value',
    (c) => c.replace('providers/solgarden-omsorg.yaml', 'ownership: private', 'ownership: privat'),
    [
      'content/providers/solgarden-omsorg.yaml, rad 4, fält ownership: värdet är "privat". Förväntat: private (privat), municipal (kommunal egen regi) eller nonprofit (idéburen).',
    ],
  ],
  [
    'a wrong enum value in site.yaml',
    (c) => c.replace('site.yaml', 'status: partial', 'status: delvis'),
    ['content/site.yaml, rad 27, fält accessibility.status: värdet är "delvis". Förväntat: full, partial eller none.'],
  ],
  [
    'text where a number belongs',
    (c) => c.replace('units/solgarden.yaml', 'places: 24', 'places: tjugofyra'),
    ['content/units/solgarden.yaml, rad 10, fält places: värdet är "tjugofyra". Förväntat: ett tal.'],
  ],
  [
    'text where true/false belongs',
    (c) => c.replace('providers/lindas-hemtjanst.yaml', 'soleTrader: true', 'soleTrader: ja'),
    ['content/providers/lindas-hemtjanst.yaml, rad 3, fält soleTrader: värdet är "ja". Förväntat: true eller false.'],
  ],
  [
    'a kommunkod written as a number',
    (c) => c.replace('site.yaml', 'municipalityCode: "0999"', 'municipalityCode: 999'),
    ['content/site.yaml, rad 3, fält municipalityCode: värdet är 999. Förväntat: en kommunkod som text med fyra siffror, t.ex. "0182".'],
  ],
  [
    'an id that differs from the file name',
    (c) => c.replace('units/solgarden.yaml', 'id: solgarden', 'id: solgarden-boende'),
    ['content/units/solgarden.yaml, rad 1, fält id: värdet är "solgarden-boende". Förväntat: samma id som filnamnet ("solgarden").'],
  ],
  [
    'an id that is not a slug',
    (c) => c.replace('providers/solgarden-omsorg.yaml', '  - sarskilt-boende', '  - sarskilt-boende\n  - hemtjänst'),
    [
      'content/providers/solgarden-omsorg.yaml, rad 7, fält services[1]: värdet är "hemtjänst". Förväntat: ett id med små bokstäver a-z, siffror och bindestreck, t.ex. "solrosens-hemtjanst".',
    ],
  ],
  [
    'a duplicate id in a one-per-file folder (.yaml and .yml)',
    (c) => c.write('providers/solgarden-omsorg.yml', c.read('providers/solgarden-omsorg.yaml')),
    [
      'content/providers/solgarden-omsorg.yml, rad 1, fält id: värdet är "solgarden-omsorg". Förväntat: ett unikt id (anordnaren "solgarden-omsorg" finns redan i content/providers/solgarden-omsorg.yaml).',
    ],
  ],
  [
    'a duplicate id across yearly files',
    (c) => c.write('follow-ups/2024.yaml', c.read('follow-ups/2025.yaml')),
    [
      'content/follow-ups/2025.yaml, rad 1, fält [0].id: värdet är "lindas-hemtjanst-2025-03". Förväntat: ett unikt id (uppföljningen "lindas-hemtjanst-2025-03" finns redan i content/follow-ups/2024.yaml).',
    ],
  ],
  [
    'an organisationsnummer with a wrong check digit',
    (c) => c.replace('providers/egen-regi.yaml', '212000-0142', '212000-0144'),
    [
      'content/providers/egen-regi.yaml, rad 3, fält orgNumber: värdet är "212000-0144". Förväntat: ett organisationsnummer med rätt kontrollsiffra (sista siffran stämmer inte).',
    ],
  ],
  [
    'an organisationsnummer that is a personnummer (enskild firma)',
    (c) => c.replace('providers/solgarden-omsorg.yaml', '556677-1233', '121212-1212'),
    [
      // Both the personnummer scan and the organisationsnummer rule object; both say to remove it.
      `content/providers/solgarden-omsorg.yaml, rad 3, fält orgNumber: värdet är "121212-XXXX". ${NO_PERSONAL_NUMBERS}`,
      'content/providers/solgarden-omsorg.yaml, rad 3, fält orgNumber: värdet är "121212-XXXX". Förväntat: ett organisationsnummer för en juridisk person. Detta ser ut som ett personnummer (enskild firma) och får inte publiceras: ta bort orgNumber och skriv soleTrader: true.',
    ],
  ],
  [
    'an organisationsnummer next to soleTrader: true',
    (c) => c.replace('providers/lindas-hemtjanst.yaml', 'soleTrader: true', 'soleTrader: true\norgNumber: 556677-1233'),
    [
      'content/providers/lindas-hemtjanst.yaml, rad 4, fält orgNumber: värdet är "556677-1233". Förväntat: inget organisationsnummer när soleTrader är true (en enskild firmas nummer är ett personnummer).',
    ],
  ],
  [
    'a personnummer in a free-text field',
    (c) => c.replace('follow-ups/2025.yaml', 'findings: Verksamheten', 'findings: Kunden 19121212-1212 klagade. Verksamheten'),
    [`content/follow-ups/2025.yaml, rad 12, fält [0].findings: värdet är "19121212-XXXX". ${NO_PERSONAL_NUMBERS}`],
  ],
  [
    'a personnummer in a CSV cell',
    (c) => c.replace('indicator-values/values.csv', 'not-applicable;;;;Utförarens kvalitetsredovisning;', 'not-applicable;;;;Rapport 121212-1212;'),
    [`content/indicator-values/values.csv, rad 6, fält source: värdet är "121212-XXXX". ${NO_PERSONAL_NUMBERS}`],
  ],
  [
    'a personnummer YAML reads as a number',
    (c) => c.replace('units/solgarden.yaml', 'places: 24', 'places: 1212121212'),
    [`content/units/solgarden.yaml, rad 10, fält places: värdet är "121212XXXX". ${NO_PERSONAL_NUMBERS}`],
  ],
  [
    'a date that does not exist in YAML',
    (c) => c.replace('follow-ups/2025.yaml', 'date: 2025-03-10', 'date: 2025-02-30'),
    ['content/follow-ups/2025.yaml, rad 4, fält [0].date: värdet är "2025-02-30". Förväntat: ett datum som finns, skrivet ÅÅÅÅ-MM-DD.'],
  ],
  [
    'a date that does not exist in CSV',
    (c) =>
      c.replace(
        'indicator-values/values.csv',
        'tallbacken;2024;value;87,5;24;68;Socialstyrelsen;U21468;2025-01-15',
        'tallbacken;2024;value;87,5;24;68;Socialstyrelsen;U21468;2025-02-30',
      ),
    ['content/indicator-values/values.csv, rad 2, fält publishedOn: värdet är "2025-02-30". Förväntat: ett datum som finns, skrivet ÅÅÅÅ-MM-DD.'],
  ],
  [
    'a date written the Swedish short way',
    (c) => c.replace('units/tallbacken.yaml', 'openedOn: 2012-09-01', 'openedOn: 1/9 2012'),
    ['content/units/tallbacken.yaml, rad 21, fält openedOn: värdet är "1/9 2012". Förväntat: ett datum som finns, skrivet ÅÅÅÅ-MM-DD.'],
  ],
  [
    'a quality report percentage over 100',
    (c) => c.replace('quality-reports/2025.yaml', 'trainedStaffShare: 82.5', 'trainedStaffShare: 125'),
    ['content/quality-reports/2025.yaml, rad 12, fält [0].figures.trainedStaffShare: värdet är 125. Förväntat: ett tal mellan 0 och 100 (procent).'],
  ],
  [
    'a value while the state is suppressed',
    (c) => c.replace('indicator-values/values.csv', 'suppressed;;4', 'suppressed;71;4'),
    ['content/indicator-values/values.csv, rad 3, fält value: värdet är "71". Förväntat: inget värde när state är suppressed (värdet får inte publiceras).'],
  ],
  [
    'no value while the state is value',
    (c) => c.replace('indicator-values/values.csv', 'value;87,5;24', 'value;;24'),
    ['content/indicator-values/values.csv, rad 2, fält value: värdet är "". Förväntat: ett värde när state är value.'],
  ],
  [
    'an unknown state',
    (c) => c.replace('indicator-values/values.csv', 'egen-regi;2024;missing;', 'egen-regi;2024;saknas;'),
    ['content/indicator-values/values.csv, rad 4, fält state: värdet är "saknas". Förväntat: value, suppressed, missing, not-applicable eller not-measured.'],
  ],
  [
    'an indicator with minAnswers below 5',
    (c) => c.replace('indicators/nojdhet-helhet.yaml', 'minAnswers: 7', 'minAnswers: 3'),
    ['content/indicators/nojdhet-helhet.yaml, rad 12, fält minAnswers: värdet är 3. Förväntat: minst 5 (lägre gräns är inte tillåten).'],
  ],
  [
    'statusHistory out of order',
    (c) => c.replace('providers/solgarden-omsorg.yaml', 'date: 2025-02-01', 'date: 2024-02-01'),
    [
      'content/providers/solgarden-omsorg.yaml, rad 15, fält statusHistory[2].date: värdet är "2024-02-01". Förväntat: datum i ordning, äldst först (föregående är 2024-09-15).',
    ],
  ],
  [
    'a CSV row with a missing column',
    (c) => c.replace('indicator-values/values.csv', 'value;9;18;;Utförarens', 'value;9;18;Utförarens'),
    [
      'content/indicator-values/values.csv, rad 7: värdet är "personalkontinuitet;unit;solgarden;2024;value;9;18;Utförarens kvalitetsredovisning;;2025-03-15". Förväntat: 11 kolumner på raden (fick 10). Är raden avklippt eller har ett fält ett extra ;?',
    ],
  ],
  [
    'a CSV row with an extra column (unquoted decimal comma in a comma file is the usual cause)',
    (c) => c.replace('indicator-values/values.csv', 'municipality;0999;2024;value;85;', 'municipality;0999;2024;value;85;5;'),
    [
      'content/indicator-values/values.csv, rad 8: värdet är "nojdhet-helhet;municipality;0999;2024;value;85;5;412;64;Socialstyrelsen;U21468;2025-01-15". Förväntat: 11 kolumner på raden (fick 12). Är raden avklippt eller har ett fält ett extra ;?',
    ],
  ],
  [
    'a CSV file missing a header column',
    (c) => c.replace('indicator-values/values.csv', ';kpi;publishedOn\n', ';kpi\n'),
    [
      'content/indicator-values/values.csv, rad 1, fält publishedOn: värdet är inget värde (fältet saknas). Förväntat: rubrikraden ska ha kolumnerna indicator;subjectType;subject;period;state;value;n;responseRate;source;kpi;publishedOn (saknas: publishedOn).',
    ],
  ],
  [
    'a CSV header column spelled wrong',
    (c) => c.replace('indicator-values/values.csv', ';responseRate;', ';svarsfrekvens;'),
    [
      'content/indicator-values/values.csv, rad 1, fält responseRate: värdet är inget värde (fältet saknas). Förväntat: rubrikraden ska ha kolumnerna indicator;subjectType;subject;period;state;value;n;responseRate;source;kpi;publishedOn (saknas: responseRate).',
      'content/indicator-values/values.csv, rad 1, fält svarsfrekvens: värdet är "svarsfrekvens". Förväntat: bara kända kolumner: indicator;subjectType;subject;period;state;value;n;responseRate;source;kpi;publishedOn.',
    ],
  ],
  [
    'a YAML syntax error',
    (c) => c.replace('units/tallbacken.yaml', 'name: Tallbackens äldreboende', 'name: "Tallbackens äldreboende'),
    ['content/units/tallbacken.yaml, rad 4. Förväntat: giltig YAML (Missing closing "quote). Kontrollera indrag, kolon och citattecken.'],
  ],
  [
    'a YAML indentation error',
    (c) => c.replace('units/tallbacken.yaml', '  city: Testköping', ' city: Testköping'),
    [
      'content/units/tallbacken.yaml, rad 8. Förväntat: giltig YAML (All mapping items must start at the same column). Kontrollera indrag, kolon och citattecken.',
    ],
  ],
  [
    'a YAML duplicate key',
    (c) => c.replace('units/tallbacken.yaml', 'places: 40', 'places: 40\nplaces: 42'),
    ['content/units/tallbacken.yaml, rad 14. Förväntat: varje fält bara en gång i samma del av filen (fältet places står två gånger).'],
  ],
  [
    'a YAML file saved as Windows-1252',
    (c) => c.write('units/tallbacken.yaml', iconv.encode(c.read('units/tallbacken.yaml'), 'win1252')),
    ['content/units/tallbacken.yaml. Förväntat: en fil sparad som UTF-8. Spara om filen med teckenkodning UTF-8 (i Excel: "CSV UTF-8").'],
  ],
  [
    'a CSV file saved as Windows-1252 (as Excel does)',
    (c) => c.write('indicator-values/values.csv', iconv.encode(c.read('indicator-values/values.csv'), 'win1252')),
    ['content/indicator-values/values.csv. Förväntat: en fil sparad som UTF-8. Spara om filen med teckenkodning UTF-8 (i Excel: "CSV UTF-8").'],
  ],
  [
    'a file over 5 MB',
    (c) => c.write('units/tallbacken.yaml', `${c.read('units/tallbacken.yaml')}# ${'x'.repeat(MAX_FILE_BYTES)}\n`),
    ['content/units/tallbacken.yaml. Förväntat: en fil på högst 5 MB (filen är 5,1 MB). Dela upp den eller kontrollera att det är rätt fil.'],
  ],
  [
    'a yearly file that is not a list',
    (c) => c.write('quality-reports/2025.yaml', c.read('quality-reports/2025.yaml').replace(/^- /, '').replace(/^  /gm, '')),
    ['content/quality-reports/2025.yaml, rad 1. Förväntat: en lista där varje post börjar med "- id: ...".'],
  ],
];

describe('one broken thing gives exactly its own error', () => {
  it.each(fileRules)('%s', (_rule, breakIt, expected) => {
    const c = copyValidContent();
    breakIt(c);
    expect(c.errors()).toEqual(expected);
  });
});

describe('files that are fine as they are', () => {
  it('accepts a UTF-8 byte order mark, CRLF line ends and blank lines in CSV', () => {
    const c = copyValidContent();
    c.write('indicator-values/values.csv', `\uFEFF${c.read('indicator-values/values.csv').replace(/\n/g, '\r\n')}\r\n\r\n`);
    c.write('units/tallbacken.yaml', `\uFEFF${c.read('units/tallbacken.yaml')}`);
    const result = loadContent(c.content, c.root);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('accepts a comma-separated CSV with a quoted decimal comma', () => {
    const c = copyValidContent();
    const semicolons = c.read('indicator-values/values.csv');
    const commas = semicolons
      .split('\n')
      .map((line) =>
        line
          .split(';')
          .map((cell) => (cell.includes(',') ? `"${cell}"` : cell))
          .join(','),
      )
      .join('\n');
    c.write('indicator-values/values.csv', commas);
    const result = loadContent(c.content, c.root);
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (result.ok) expect(result.model.indicatorValues[0].value).toBe(87.5);
  });

  it('counts CSV rows by physical line, so a blank line does not shift the row number', () => {
    const c = copyValidContent();
    c.replace('indicator-values/values.csv', 'U21468;2025-01-15\nnojdhet-helhet;unit;solgarden', 'U21468;2025-01-15\n\nnojdhet-helhet;unit;solgarden');
    c.replace('indicator-values/values.csv', 'suppressed;;4', 'suppressed;71;4');
    expect(c.errors()).toEqual([
      'content/indicator-values/values.csv, rad 4, fält value: värdet är "71". Förväntat: inget värde när state är suppressed (värdet får inte publiceras).',
    ]);
  });
});

describe('site.yaml', () => {
  it('must exist', () => {
    const c = copyValidContent();
    rmSync(c.path('site.yaml'));
    expect(c.errors()).toEqual(['content/site.yaml. Förväntat: en fil site.yaml med kommunens uppgifter.']);
  });

  it('must not be empty', () => {
    const c = copyValidContent();
    c.write('site.yaml', '# inget ännu\n');
    expect(c.errors()).toEqual(['content/site.yaml: värdet är null. Förväntat: ett objekt med fält.']);
  });
});

describe('messages kommun staff read', () => {
  it('a missing required field', () => {
    const c = copyValidContent();
    c.replace('units/solgarden.yaml', 'area: sjostaden\n', '');
    expect(c.errors()).toMatchInlineSnapshot(`
      [
        "content/units/solgarden.yaml, rad 1, fält area: värdet är inget värde (fältet saknas). Förväntat: en text (id) (fältet är obligatoriskt).",
      ]
    `);
  });

  it('a misspelt field', () => {
    const c = copyValidContent();
    c.replace('services/hemtjanst.yaml', 'howToSwitch:', 'howToChange:');
    expect(c.errors()).toMatchInlineSnapshot(`
      [
        "content/services/hemtjanst.yaml, rad 1, fält howToSwitch: värdet är inget värde (fältet saknas). Förväntat: en text (fältet är obligatoriskt).",
        "content/services/hemtjanst.yaml, rad 8, fält howToChange: värdet är "Ring kundvalsenheten.". Förväntat: inget sådant fält. Kontrollera stavningen mot content/README.md.",
      ]
    `);
  });

  it('an organisationsnummer with a wrong check digit', () => {
    const c = copyValidContent();
    c.replace('providers/egen-regi.yaml', '212000-0142', '212000-0144');
    expect(c.errors()).toMatchInlineSnapshot(`
      [
        "content/providers/egen-regi.yaml, rad 3, fält orgNumber: värdet är "212000-0144". Förväntat: ett organisationsnummer med rätt kontrollsiffra (sista siffran stämmer inte).",
      ]
    `);
  });

  it('a personnummer in a quality report', () => {
    const c = copyValidContent();
    c.replace('quality-reports/2025.yaml', 'accessibility: Vi svarar', 'accessibility: Ring 121212-1212. Vi svarar');
    expect(c.errors()).toMatchInlineSnapshot(`
      [
        "content/quality-reports/2025.yaml, rad 8, fält [0].aspects.accessibility: värdet är "121212-XXXX". Förväntat: inga personnummer i innehållet (ta bort numret: webbplatsen får bara innehålla uppgifter om organisationer). Är det ett telefonnummer? Skriv det med +46, t.ex. +46 70-123 45 67.",
      ]
    `);
  });

  it('a date that does not exist', () => {
    const c = copyValidContent();
    c.replace('providers/lindas-hemtjanst.yaml', 'updatedOn: 2025-05-02', 'updatedOn: 2025-02-30');
    expect(c.errors()).toMatchInlineSnapshot(`
      [
        "content/providers/lindas-hemtjanst.yaml, rad 22, fält updatedOn: värdet är "2025-02-30". Förväntat: ett datum som finns, skrivet ÅÅÅÅ-MM-DD.",
      ]
    `);
  });

  it('a CSV row cut short', () => {
    const c = copyValidContent();
    c.replace('indicator-values/values.csv', ';U21468;2025-01-15\nnojdhet-helhet;unit;solgarden', ';U21468\nnojdhet-helhet;unit;solgarden');
    expect(c.errors()).toMatchInlineSnapshot(`
      [
        "content/indicator-values/values.csv, rad 2: värdet är "nojdhet-helhet;unit;tallbacken;2024;value;87,5;24;68;Socialstyrelsen;U21468". Förväntat: 11 kolumner på raden (fick 10). Är raden avklippt eller har ett fält ett extra ;?",
      ]
    `);
  });
});

describe('every error in one run', () => {
  it('reports errors in many files, including cross-file rules, even when site.yaml is broken', () => {
    const c = copyValidContent();
    c.replace('site.yaml', 'status: partial', 'status: delvis');
    c.replace('providers/egen-regi.yaml', '212000-0142', '212000-0144');
    c.replace('follow-ups/2025.yaml', 'date: 2025-03-10', 'date: 2025-02-30');
    c.replace('units/solgarden.yaml', 'places: 24', 'plats: 24');
    c.replace('indicator-values/values.csv', 'value;87,5;24', 'value;87,5;6');
    c.replace('quality-reports/2025.yaml', 'unitId: solgarden', 'unitId: tallbacken');
    expect(c.errors()).toMatchInlineSnapshot(`
      [
        "content/follow-ups/2025.yaml, rad 4, fält [0].date: värdet är "2025-02-30". Förväntat: ett datum som finns, skrivet ÅÅÅÅ-MM-DD.",
        "content/indicator-values/values.csv, rad 2, fält n: värdet är 6. Förväntat: minst 7 svar för att visa ett värde (indikatorns gräns). Skriv state suppressed och lämna value tomt.",
        "content/providers/egen-regi.yaml, rad 3, fält orgNumber: värdet är "212000-0144". Förväntat: ett organisationsnummer med rätt kontrollsiffra (sista siffran stämmer inte).",
        "content/quality-reports/2025.yaml, rad 3, fält [0].unitId: värdet är "tallbacken". Förväntat: en enhet som tillhör anordnaren solgarden-omsorg (den tillhör egen-regi).",
        "content/site.yaml, rad 27, fält accessibility.status: värdet är "delvis". Förväntat: full, partial eller none.",
        "content/units/solgarden.yaml, rad 10, fält plats: värdet är 24. Förväntat: inget sådant fält. Kontrollera stavningen mot content/README.md.",
      ]
    `);
  });

  it('lists errors sorted by file and row, several in the same file', () => {
    const c = copyValidContent();
    c.replace('providers/solgarden-omsorg.yaml', 'date: 2025-02-01', 'date: 2025-02-31');
    c.replace('providers/solgarden-omsorg.yaml', 'ownership: private', 'ownership: privat');
    c.replace('providers/solgarden-omsorg.yaml', 'email: info@solgarden.example', 'email: info(at)solgarden.example');
    const errors = c.rawErrors();
    expect(errors.map((e) => [e.file, e.line, e.field])).toEqual([
      ['content/providers/solgarden-omsorg.yaml', 4, 'ownership'],
      ['content/providers/solgarden-omsorg.yaml', 15, 'statusHistory[2].date'],
      ['content/providers/solgarden-omsorg.yaml', 18, 'contact.email'],
    ]);
  });
});

describe('files the loader would not read', () => {
  it.each([
    [
      'providers/ny-anordnare.txt',
      'content/providers/ny-anordnare.txt. Förväntat: bara filer som slutar på .yaml eller .yml i den här mappen. Byt namn på filen eller flytta den.',
    ],
    [
      'indicator-values/resultat.xlsx',
      'content/indicator-values/resultat.xlsx. Förväntat: bara filer som slutar på .csv i den här mappen. Byt namn på filen eller flytta den.',
    ],
    [
      'follow-ups/2026.YAML',
      'content/follow-ups/2026.YAML. Förväntat: bara filer som slutar på .yaml eller .yml i den här mappen. Byt namn på filen eller flytta den.',
    ],
  ])('reports %s instead of skipping it', (file, message) => {
    const c = copyValidContent();
    c.write(file, 'id: x\n');
    expect(c.errors()).toEqual([message]);
  });
});
