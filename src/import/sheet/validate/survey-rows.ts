// One row of a kommun's survey spreadsheet becomes one indicator value, or a
// refusal naming the row, the column, the value and what was expected. Units,
// providers and indicators are found by id or by name; nothing is guessed.
import type { Indicator } from '../../../schemas/indicator';
import type { IndicatorValue, ValueState } from '../../../schemas/indicator-value';
import type { Provider } from '../../../schemas/provider';
import type { Unit } from '../../../schemas/unit';
import { fold } from '../../../lib/locale/fold';
import { cellText, isBlank, readDate, readNumber, readPeriod, readState, readWholeNumber, type Cell } from '../normalise/cells';
import type { FieldVariants } from '../normalise/headers';
import { isPossibleValue } from '../../../lib/figures/units';
import { findByIdOrName, openRow, suggestNames, type SheetRefusal } from './row-cells';

export type { SheetRefusal } from './row-cells';

export const surveyFields = {
  indicator: ['indikator', 'indikator id', 'mått', 'fråga', 'nyckeltal', 'frågeområde'],
  kpi: ['kolada', 'kolada id', 'kpi id'],
  unit: ['enhet', 'enhet id', 'verksamhet', 'boende', 'äldreboende'],
  provider: ['anordnare', 'utförare', 'leverantör', 'anordnare id'],
  period: ['år', 'mätperiod', 'mätår', 'year'],
  value: ['värde', 'resultat', 'andel', 'procent', 'andel procent'],
  n: ['antal svar', 'antal svarande', 'svar', 'antal'],
  responseRate: ['svarsfrekvens', 'svarsandel', 'response rate'],
  state: ['status', 'tillstånd', 'state'],
  source: ['källa'],
  publishedOn: ['publicerad', 'publiceringsdatum', 'publicerat'],
} satisfies FieldVariants<string>;

export type SurveyField = keyof typeof surveyFields;

export interface SurveyContext {
  kommun: string;
  indicators: Indicator[];
  units: Unit[];
  providers: Provider[];
  /** publishedOn when the sheet has none. */
  today: string;
}

/**
 * withheld: why the value will not be shown (and is not stored): too few answers, or
 * no number of answers for an indicator whose source does not leave out small groups itself.
 */
export type SurveyRowResult = { ok: true; value: IndicatorValue; withheld?: 'too-few-answers' | 'unknown-answers' } | { ok: false; refusal: SheetRefusal };

const KOMMUN_WORDS = new Set(['kommunen', 'hela kommunen', 'kommun', 'kommunens snitt', 'kommunsnitt', 'kommunens varde']);
const NATION_WORDS = new Set(['riket', 'sverige', 'hela landet', 'rikets snitt', 'riksgenomsnitt']);

function findIndicator(text: string, kpi: string, ctx: SurveyContext): Indicator | undefined {
  const byText = (t: string) => ctx.indicators.find((i) => i.id === t || fold(i.name) === fold(t) || (i.koladaKpi && i.koladaKpi === t.toUpperCase()));
  return (text && byText(text)) || (kpi ? ctx.indicators.find((i) => i.koladaKpi === kpi.toUpperCase()) : undefined);
}

export function surveyRowToValue(
  rawCells: Cell[],
  row: number,
  header: string[],
  columns: Partial<Record<SurveyField, number>>,
  ctx: SurveyContext,
): SurveyRowResult {
  const opened = openRow(rawCells, row, header, columns);
  if (!('get' in opened)) return { ok: false, refusal: opened.refusal };
  const { get } = opened;
  const refuse = (f: SurveyField | undefined, reason: string): SurveyRowResult => ({ ok: false, refusal: opened.refusal(f, reason) });

  const indicatorText = cellText(get('indicator'));
  const kpiText = cellText(get('kpi'));
  const indicator = findIndicator(indicatorText, kpiText, ctx);
  if (!indicator)
    return refuse(
      columns.indicator !== undefined ? 'indicator' : 'kpi',
      `okänd indikator. Skriv id, namn eller Kolada-id för en indikator i content/indicators/: ${ctx.indicators.map((i) => i.id).join(', ')}.${suggestNames(indicatorText, ctx.indicators)}`,
    );

  const unitText = cellText(get('unit'));
  const providerText = cellText(get('provider'));
  let subjectType: IndicatorValue['subjectType'];
  let subject: string;
  const who = unitText || providerText;
  if (!who) return refuse(columns.unit !== undefined ? 'unit' : 'provider', 'ingen enhet eller anordnare på raden');
  if (KOMMUN_WORDS.has(fold(who))) [subjectType, subject] = ['municipality', ctx.kommun];
  else if (NATION_WORDS.has(fold(who))) [subjectType, subject] = ['nation', 'riket'];
  else if (unitText) {
    const unit = findByIdOrName(unitText, ctx.units);
    if (!unit) {
      // A provider's name in the unit column is common in hemtjänst sheets.
      const provider = !providerText ? findByIdOrName(unitText, ctx.providers) : undefined;
      if (!provider)
        return refuse('unit', `okänd enhet. Skriv id eller namn på en enhet i content/units/.${suggestNames(unitText, [...ctx.units, ...ctx.providers])}`);
      [subjectType, subject] = ['provider', provider.id];
    } else [subjectType, subject] = ['unit', unit.id];
  } else {
    const provider = findByIdOrName(providerText, ctx.providers);
    if (!provider)
      return refuse('provider', `okänd anordnare. Skriv id eller namn på en anordnare i content/providers/.${suggestNames(providerText, ctx.providers)}`);
    [subjectType, subject] = ['provider', provider.id];
  }

  const period = readPeriod(get('period'));
  if (!period.ok) return refuse('period', `förväntat ${period.expected}`);

  let n: number | undefined;
  if (!isBlank(get('n'))) {
    const r = readWholeNumber(get('n'));
    if (!r.ok) return refuse('n', `förväntat ${r.expected}`);
    n = r.value;
  }
  let responseRate: number | undefined;
  if (!isBlank(get('responseRate'))) {
    const r = readNumber(get('responseRate'));
    if (!r.ok || r.value < 0 || r.value > 100) return refuse('responseRate', 'förväntat en svarsfrekvens mellan 0 och 100 (procent)');
    responseRate = r.value;
  }
  const stated = readState(get('state'));
  if (!stated.ok) return refuse('state', `förväntat ${stated.expected}`);

  let value: number | undefined;
  const valueCell = get('value');
  if (!isBlank(valueCell) && cellText(valueCell) !== '..' && cellText(valueCell) !== '-') {
    const r = readNumber(valueCell);
    if (!r.ok) return refuse('value', `förväntat ${r.expected}`);
    value = r.value;
    if (!isPossibleValue(value, indicator.unit)) return refuse('value', `förväntat en andel mellan 0 och 100 (${indicator.id} är i procent)`);
  }

  // Unit, provider and kommun figures follow the minimum; with no n they fail closed unless the source suppresses itself.
  const counted = subjectType !== 'nation';
  const tooFew = counted && n !== undefined && n < indicator.minAnswers;
  const unknownAnswers = counted && n === undefined && !indicator.sourceSuppresses;
  let state: ValueState;
  if (stated.value === 'not-applicable' || stated.value === 'not-measured') {
    if (value !== undefined) return refuse('value', `inget värde när status är "${cellText(get('state'))}"`);
    state = stated.value;
  } else if (stated.value === 'suppressed' || tooFew) state = 'suppressed';
  else if (stated.value === 'missing') {
    if (value !== undefined) return refuse('value', `inget värde när status är "${cellText(get('state'))}"`);
    state = 'missing';
  } else state = value === undefined ? 'missing' : unknownAnswers ? 'suppressed' : 'value';
  const withheld = state !== 'suppressed' ? undefined : stated.value !== 'suppressed' && !tooFew ? 'unknown-answers' : 'too-few-answers';

  let publishedOn = ctx.today;
  if (!isBlank(get('publishedOn'))) {
    const r = readDate(get('publishedOn'));
    if (!r.ok) return refuse('publishedOn', `förväntat ${r.expected}`);
    publishedOn = r.value;
  }
  const source = cellText(get('source')) || indicator.source.name;
  return {
    ok: true,
    ...(withheld ? { withheld } : {}),
    value: {
      indicator: indicator.id,
      subjectType,
      subject,
      period: period.value,
      state,
      // A value from too few answers never leaves this function.
      value: state === 'value' ? value : undefined,
      n,
      responseRate,
      source: source.slice(0, 200),
      kpi: indicator.koladaKpi,
      publishedOn,
    },
  };
}
