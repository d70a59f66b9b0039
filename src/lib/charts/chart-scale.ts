// The value axis of the small build-time charts: percentages always from 0 to
// 100 (a cut axis makes small differences look large), other units from 0 to a
// round number above the largest value.

export interface ValueScale {
  min: number;
  max: number;
  ticks: number[];
}

/** What every chart has: its size, the plot area inside the margins, and its value axis. */
export interface ChartFrame {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  scale: ValueScale;
}

/** 1, 2, 2.5 or 5 times a power of ten: the step for about `count` ticks. */
export function niceStep(range: number, count = 4): number {
  if (!(range > 0)) return 1;
  const raw = range / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  return step;
}

export function valueScale(values: number[], isPercent: boolean): ValueScale {
  if (isPercent) return { min: 0, max: 100, ticks: [0, 25, 50, 75, 100] };
  if (values.length === 0) return { min: 0, max: 1, ticks: [0, 0.5, 1] };
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const step = niceStep(high - low || 1);
  const min = Math.floor(low / step) * step;
  const max = Math.max(Math.ceil(high / step) * step, min + step);
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 2; t += step) ticks.push(Number(t.toFixed(10)));
  return { min, max, ticks };
}

/** Position of a value between two pixel positions (start is the value scale's min). */
export function place(value: number, scale: ValueScale, start: number, end: number): number {
  const span = scale.max - scale.min || 1;
  return Math.round((start + ((value - scale.min) / span) * (end - start)) * 10) / 10;
}
