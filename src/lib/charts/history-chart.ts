// Geometry of the "results over time" chart: a subject's last periods and the
// kommun average as two series. Periods without a value are gaps, never 0: the
// line breaks there and the table beside the chart says why in words.
import { valueScale, place, type ChartFrame } from './chart-scale';

export interface HistoryInput {
  period: string;
  /** The subject's value, or undefined for suppressed, missing and the other states. */
  value?: number;
  kommun?: number;
}

export interface ChartPoint {
  x: number;
  y: number;
  period: string;
  value: number;
}

export interface ChartSeries {
  points: ChartPoint[];
  /** SVG path data per unbroken run of periods; a gap starts a new path. */
  paths: string[];
}

export interface HistoryChart extends ChartFrame {
  xTicks: { x: number; period: string }[];
  yTicks: { y: number; value: number }[];
  subject: ChartSeries;
  kommun: ChartSeries;
}

export const HISTORY_PERIODS = 5;

const SIZE = { width: 360, height: 170, left: 44, right: 14, top: 12, bottom: 30 };

function series(items: HistoryInput[], pick: (i: HistoryInput) => number | undefined, xs: number[], y: (v: number) => number): ChartSeries {
  const points: ChartPoint[] = [];
  const paths: string[] = [];
  let run: ChartPoint[] = [];
  const flush = () => {
    if (run.length > 1) paths.push(run.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' '));
    run = [];
  };
  items.forEach((item, i) => {
    const v = pick(item);
    if (v === undefined) {
      flush();
      return;
    }
    const p = { x: xs[i], y: y(v), period: item.period, value: v };
    points.push(p);
    run.push(p);
  });
  flush();
  return { points, paths };
}

/** Items oldest first; only the last HISTORY_PERIODS are drawn. */
export function historyChart(all: HistoryInput[], isPercent: boolean): HistoryChart {
  const items = all.slice(-HISTORY_PERIODS);
  const plot = { left: SIZE.left, right: SIZE.width - SIZE.right, top: SIZE.top, bottom: SIZE.height - SIZE.bottom };
  const values = items.flatMap((i) => [i.value, i.kommun]).filter((v): v is number => v !== undefined);
  const scale = valueScale(values, isPercent);
  const slot = (plot.right - plot.left) / Math.max(items.length, 1);
  const xs = items.map((_, i) => Math.round((plot.left + slot * (i + 0.5)) * 10) / 10);
  const y = (v: number) => place(v, scale, plot.bottom, plot.top);
  return {
    width: SIZE.width,
    height: SIZE.height,
    plot,
    scale,
    xTicks: items.map((item, i) => ({ x: xs[i], period: item.period })),
    yTicks: scale.ticks.map((value) => ({ y: y(value), value })),
    subject: series(items, (i) => i.value, xs, y),
    kommun: series(items, (i) => i.kommun, xs, y),
  };
}
