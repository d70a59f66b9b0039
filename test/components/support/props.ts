// Plain props for component render tests: a figure, an indicator, a follow-up
// and the like, each valid and overridable field by field.
import type { FigureWithAverages } from '../../../src/lib/catalog/catalog';
import type { Figure } from '../../../src/lib/figures/figures';
import type { FollowUpView } from '../../../src/lib/pages/follow-up-view';
import type { Indicator } from '../../../src/schemas/indicator';
import { indicator as indicatorFromBuilder } from '../../unit/support/model-builder';

export const indicator = (over: Partial<Indicator> = {}): Indicator => indicatorFromBuilder(over);

export function figure(over: Partial<Figure> = {}): Figure {
  return {
    indicatorId: 'nojdhet',
    state: 'value',
    value: 88,
    n: 34,
    period: '2025',
    source: 'Socialstyrelsen',
    publishedOn: '2026-01-15',
    isOld: false,
    ...over,
  };
}

/** A figure withheld because too few answered: no value, no n. */
export const withheldFigure = (over: Partial<Figure> = {}): Figure =>
  figure({ state: 'suppressed', withheld: 'too-few-answers', value: undefined, n: undefined, ...over });

export function figureWithAverages(over: Partial<FigureWithAverages> = {}): FigureWithAverages {
  return { indicator: indicator(), figure: figure(), kommun: { value: 86, kind: 'source' }, nation: { value: 84, kind: 'source' }, ...over };
}

export function followUp(over: Partial<FollowUpView> = {}): FollowUpView {
  return {
    id: 'f1',
    providerId: 'p1',
    serviceId: 'hemtjanst',
    date: '2025-03-10',
    kind: 'planned',
    findings: 'Det fungerar väl.',
    actions: [],
    sanction: 'none',
    status: 'closed',
    provider: { name: 'Lindas hemtjänst', path: 'anordnare/p1/' },
    conditions: [],
    ...over,
  };
}
