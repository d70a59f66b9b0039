// Cells of the comparison table: a figure with its average, difference,
// period, answers and source; and the plain fact cells.
import { fill } from '../i18n/fill';
import type { CitizenStrings } from '../i18n/sv-citizen';
import type { CompareFigure, CompareIndicator } from '../lib/compare/entry';
import { formatCount, formatValue } from '../lib/locale/format';
import { formatPeriod } from '../lib/locale/periods';
import type { CompareLabels } from './compare-labels';

type Strings = CitizenStrings['comparison'] & { nouns: CitizenStrings['nouns'] };

export function showValue(indicator: CompareIndicator, v: number): string {
  return formatValue(v, indicator.unit);
}

interface FigureCellProps {
  indicator: CompareIndicator;
  figure?: CompareFigure;
  strings: Strings;
  labels: CompareLabels;
}

const COUNT_NOUN = { answers: 'answer', customers: 'customer', staff: 'staff' } as const;

/** n in the indicator's own word, with the response rate where known: "34 svar (svarsfrekvens 62 %)". */
export function countText(indicator: CompareIndicator, figure: CompareFigure, strings: Strings): string {
  const countsWhat = indicator.countsWhat ?? 'answers';
  const noun = strings.nouns[COUNT_NOUN[countsWhat]];
  const words = { one: noun.one, other: noun.other, unknown: strings.unknownCount[countsWhat] };
  return formatCount(figure.n, words, figure.responseRate, (rate) => fill(strings.responseRate, { rate }));
}

/** The content of a figure cell (the table puts it in a td). */
export function FigureCell({ indicator, figure, strings, labels }: FigureCellProps) {
  if (!figure) return <strong className="figure-state">{strings.noFigure}</strong>;
  const hasValue = figure.state === 'value' && figure.value !== undefined;
  // A suppressed figure carries no n (lib/figures/figures.ts): say nothing about its count rather than "okänt antal".
  const answers = figure.state === 'suppressed' ? undefined : countText(indicator, figure, strings);
  return (
    <>
      {hasValue ? (
        <strong className="figure-value">{showValue(indicator, figure.value!)}</strong>
      ) : (
        <strong className="figure-state">{labels.states[figure.state]}</strong>
      )}
      {figure.isOld && (
        <>
          {' '}
          <span className="tag">{labels.old}</span>
        </>
      )}
      {figure.difference && (
        <span className="figure-line figure-difference">
          {labels.difference[figure.difference]} {labels.judgement[figure.judgement ?? 'neutral']}
        </span>
      )}
      {figure.kommun && (
        <span className="figure-line">
          {fill(strings.kommunAverage, { value: showValue(indicator, figure.kommun.value) })}
          {figure.kommun.computed && ` ${strings.computedAverage}`}
          {figure.nation !== undefined && `. ${fill(strings.nation, { value: showValue(indicator, figure.nation) })}`}
        </span>
      )}
      <span className="figure-line figure-meta">
        {formatPeriod(figure.period)}
        {answers && `, ${answers}`}
      </span>
      <span className="figure-line figure-meta">
        {strings.sourcePrefix} {figure.source}
        {figure.kpi && ` (Kolada ${figure.kpi})`}
      </span>
    </>
  );
}

export function TextList({ items, none }: { items: string[]; none: string }) {
  return <>{items.length ? items.join(', ') : none}</>;
}
