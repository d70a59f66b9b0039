// The valid content fixture made ready for a Kolada import of kommun 0182:
// kolada-units.yaml, an indicator per survey KPI with its "antal svarande" KPI,
// and without the hand-written rows a clean import would collide with.
import { rmSync } from 'node:fs';
import { copyValidContent, type ContentCopy } from './content-fixture';

export const KOLADA_UNITS = `# Kolada-enheter och vilka enheter de är på webbplatsen.
- ou: V21E018299901
  title: Hemtjänst Exempelområdet, Nacka (KONSTRUERAD)
  subjectType: provider
  subject: egen-regi
  service: hemtjanst
- ou: V23E018299901
  title: Exempelgårdens äldreboende, Nacka (KONSTRUERAD)
  subjectType: unit
  subject: solgarden
- ou: V23E018299903
  title: Tallbackens äldreboende, Nacka (KONSTRUERAD)
  subjectType: unit
  subject: tallbacken
`;

const NOJDHET_SABO = `id: nojdhet-sabo
name: Nöjdhet med äldreboendet
question: Hur nöjd eller missnöjd är du sammantaget med ditt äldreboende?
explanation: Andelen som svarat mycket eller ganska nöjd.
respondents: Personer 65 år och äldre i särskilt boende. Många svarar med hjälp av en anhörig.
unit: percent
betterDirection: higher
source:
  kind: socialstyrelsen
  name: Vad tycker de äldre om äldreomsorgen?
  url: https://www.socialstyrelsen.se/
koladaKpi: U23471
koladaAnswersKpi: U23594
minAnswers: 7
minAnswersRule: Socialstyrelsen redovisar en enhet först från 7 svar.
services:
  - sarskilt-boende
`;

export function koladaContent(options: { keepHandRows?: boolean } = {}): ContentCopy {
  const c = copyValidContent();
  c.replace('site.yaml', 'municipalityCode: "0999"', 'municipalityCode: "0182"');
  c.write('kolada-units.yaml', KOLADA_UNITS);
  c.write('indicators/nojdhet-sabo.yaml', NOJDHET_SABO);
  c.replace('indicators/nojdhet-helhet.yaml', 'koladaKpi: U21468\n', 'koladaKpi: U21468\nkoladaAnswersKpi: U23592\n');
  c.replace('indicators/nojdhet-helhet.yaml', '  - hemtjanst\n  - sarskilt-boende\n', '  - hemtjanst\n');
  if (!options.keepHandRows) {
    c.replace('indicator-values/values.csv', 'nojdhet-helhet;provider;egen-regi;2024;missing;;;;Kolada;U21468;2025-01-15\n', '');
    c.replace('indicator-values/values.csv', 'nojdhet-helhet;nation;riket;2024;value;84;61000;70;Socialstyrelsen;U21468;2025-01-15\n', '');
  }
  return c;
}

/**
 * A brand new site for kommun 0182: site.yaml, services and indicators, but no
 * units, providers or anything that points at them, and no kolada-units.yaml.
 */
export function newSiteContent(): ContentCopy {
  const c = koladaContent();
  for (const folder of ['units', 'providers', 'follow-ups', 'quality-reports', 'indicator-values', 'kolada-units.yaml'])
    rmSync(c.path(folder), { recursive: true });
  c.replace('services/hemtjanst.yaml', '  providerId: egen-regi\n', '');
  return c;
}
