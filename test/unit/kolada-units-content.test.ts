// content/kolada-units.yaml is validated with the rest of the content: every
// mapped id must exist, each Kolada unit once, and errors say what to write.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data/load-content';
import { copyValidContent } from './support/content-fixture';

const mapping = (entry: string) => `- ou: V23E018299901\n  title: Exempelgårdens äldreboende\n${entry}`;

describe('kolada-units.yaml', () => {
  it('loads a valid mapping into the model', () => {
    const c = copyValidContent();
    c.write(
      'kolada-units.yaml',
      `${mapping('  subjectType: unit\n  subject: tallbacken\n')}- ou: V21E018299901\n  subjectType: provider\n  subject: egen-regi\n  service: hemtjanst\n- ou: V23E018200001\n  ignore: Korttidsboende, finns inte i kundvalet.\n`,
    );
    const r = loadContent(c.content);
    expect(r.ok ? r.model.koladaUnits?.map((m) => m.subject ?? m.ignore) : r.errors).toEqual([
      'tallbacken',
      'egen-regi',
      'Korttidsboende, finns inte i kundvalet.',
    ]);
  });

  it.each([
    [
      'an unknown unit',
      mapping('  subjectType: unit\n  subject: talbacken\n'),
      'content/kolada-units.yaml, rad 4, fält [0].subject: värdet är "talbacken". Förväntat: en enhet som finns i content/units/: solgarden, tallbacken.',
    ],
    [
      'an unknown provider',
      mapping('  subjectType: provider\n  subject: okand\n'),
      'content/kolada-units.yaml, rad 4, fält [0].subject: värdet är "okand". Förväntat: en anordnare som finns i content/providers/: egen-regi, lindas-hemtjanst, solgarden-omsorg.',
    ],
    [
      'no subject and no ignore',
      mapping(''),
      'content/kolada-units.yaml, rad 1, fält [0].subjectType: värdet är inget värde (fältet saknas). Förväntat: unit eller provider (eller ignore: <skäl> för en enhet som inte ska visas).',
    ],
    [
      'a service the provider is not in',
      mapping('  subjectType: provider\n  subject: lindas-hemtjanst\n  service: sarskilt-boende\n'),
      'content/kolada-units.yaml, rad 5, fält [0].service: värdet är "sarskilt-boende". Förväntat: en tjänst som lindas-hemtjanst finns i (hemtjanst).',
    ],
    [
      'the same Kolada unit twice',
      `${mapping('  subjectType: unit\n  subject: tallbacken\n')}${mapping('  subjectType: unit\n  subject: solgarden\n')}`,
      'content/kolada-units.yaml, rad 5, fält [1].ou: värdet är "V23E018299901". Förväntat: varje Kolada-enhet bara en gång (V23E018299901 står redan på rad 1).',
    ],
  ])('refuses %s', (_, text, error) => {
    const c = copyValidContent();
    c.write('kolada-units.yaml', text);
    expect(c.errors()).toContain(error);
  });

  it('refuses koladaAnswersKpi without koladaKpi', () => {
    const c = copyValidContent();
    c.replace('indicators/personalkontinuitet.yaml', 'unit: count\n', 'unit: count\nkoladaAnswersKpi: U23594\n');
    expect(c.errors()).toEqual([
      'content/indicators/personalkontinuitet.yaml, rad 6, fält koladaAnswersKpi: värdet är "U23594". Förväntat: koladaAnswersKpi bara tillsammans med koladaKpi (antal svarande hör till ett nyckeltal).',
    ]);
  });
});
