// Geometry of the strip plot on an indicator page: every unit's latest value
// as a dot on one value axis, dots that would overlap stacked in lanes, and the
// kommun average as a dashed line. Units without a value are not drawn; the
// table beside it lists them with the reason. Old figures and withdrawn or
// ended ones are drawn with their own shape, never by colour alone.
import { compareIds } from '../locale/names';
import { place, valueScale, type ChartFrame } from './chart-scale';

export interface StripInput {
  id: string;
  value: number;
  /** Older than the site's freshness limit: drawn as a ring. */
  isOld?: boolean;
  /** Withdrawn, ended or closed: drawn as a cross. */
  inactive?: boolean;
}

export interface StripDot {
  id: string;
  value: number;
  x: number;
  y: number;
  isOld: boolean;
  inactive: boolean;
}

export interface StripPlot extends ChartFrame {
  xTicks: { x: number; value: number }[];
  dots: StripDot[];
  average?: { x: number; value: number };
  radius: number;
}

const WIDTH = 600;
const RADIUS = 6;
const LANE = 14;
const MAX_LANES = 8;
const MARGIN = { left: 20, right: 20, top: 20, bottom: 34 };

export function stripPlot(items: StripInput[], average: number | undefined, isPercent: boolean): StripPlot {
  const values = [...items.map((i) => i.value), ...(average === undefined ? [] : [average])];
  const scale = valueScale(values, isPercent);
  const left = MARGIN.left;
  const right = WIDTH - MARGIN.right;
  const sorted = [...items].sort((a, b) => a.value - b.value || compareIds(a.id, b.id));
  // Greedy lanes: each dot goes to the lowest lane where it does not touch the last dot.
  const laneEnds: number[] = [];
  const placed = sorted.map((item) => {
    const x = place(item.value, scale, left, right);
    let lane = laneEnds.findIndex((end) => x - end >= LANE);
    if (lane < 0) lane = laneEnds.length < MAX_LANES ? laneEnds.length : laneEnds.indexOf(Math.min(...laneEnds));
    laneEnds[lane] = x;
    return { ...item, x, lane };
  });
  const lanes = Math.max(laneEnds.length, 1);
  const top = MARGIN.top;
  const bottom = top + lanes * LANE + RADIUS;
  return {
    width: WIDTH,
    height: bottom + MARGIN.bottom,
    plot: { left, right, top, bottom },
    scale,
    xTicks: scale.ticks.map((value) => ({ x: place(value, scale, left, right), value })),
    dots: placed.map((p) => ({
      id: p.id,
      value: p.value,
      x: p.x,
      y: bottom - RADIUS - p.lane * LANE - LANE / 2 + 4,
      isOld: p.isOld ?? false,
      inactive: p.inactive ?? false,
    })),
    average: average === undefined ? undefined : { x: place(average, scale, left, right), value: average },
    radius: RADIUS,
  };
}
