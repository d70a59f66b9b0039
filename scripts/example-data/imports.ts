// What the example leaves to the importers, so that `npm run import:kolada` and
// `npm run import:sheet` have real work on a fresh clone: two subjects stand for the
// Kolada units in shared/data/kolada (kommun 0182), whose 2024 figures come from the
// Kolada import, and SKR's 2025 results for daglig verksamhet come as the spreadsheet
// a kommun gets from SKR (content/imports/), read in with the spreadsheet import.
import type { ValueRow } from './indicator-values';

/** content/kolada-units.yaml: Kolada's OU ids in shared/data/kolada and the example's subjects. */
export const KOLADA_UNITS = [
  {
    ou: 'V21E018299901',
    title: 'Hemtjänst Exempelområdet, Nacka (KONSTRUERAD)',
    subjectType: 'provider',
    subject: 'exempelkommunens-hemtjanst',
    service: 'hemtjanst',
  },
  {
    ou: 'V23E018299901',
    title: 'Exempelgårdens äldreboende, Nacka (KONSTRUERAD)',
    subjectType: 'unit',
    subject: 'ekhagens-vard-och-omsorgsboende',
  },
] as const;

/** The KPI and year shared/data/kolada has a figure for, per mapped subject. */
const KOLADA_FIGURES = [
  { subject: 'exempelkommunens-hemtjanst', kpi: 'U21468', period: '2024' },
  { subject: 'ekhagens-vard-och-omsorgsboende', kpi: 'U23471', period: '2024' },
];

/** The survey's own "antal svarande" KPI per service (Kolada's count is not the number of answers). */
export const ANSWERS_KPI = { hemtjanst: 'U23592', 'sarskilt-boende': 'U23594', 'daglig-verksamhet-lss': 'U33960' } as const;

/** SKR's results for this year reach the kommun as a spreadsheet. */
export const SHEET_YEAR = '2025';
export const SHEET_FILE = 'skr-daglig-verksamhet-2025.csv';

export function leftToKolada(row: ValueRow): boolean {
  return KOLADA_FIGURES.some((f) => f.subject === row.subject && f.kpi === row.kpi && f.period === row.period);
}

export function leftToSheet(row: ValueRow): boolean {
  return row.indicator.startsWith('dv-') && row.period === SHEET_YEAR;
}
