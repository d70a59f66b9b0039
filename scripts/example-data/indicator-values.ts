// Survey and report figures for 2021-2025: one row per indicator, subject and year, plus
// the kommun's and the nation's figure. Small samples are suppressed as the sources require,
// and new units get "not measured yet".
import { leftToKolada, leftToSheet } from './imports';
import { INDICATOR_DEFS, type IndicatorDef } from './indicators';
import { rng } from './random';
import { activeOn, unitOpenOn, type ProviderModel, type UnitModel, type World } from './world';

export const YEARS = [2021, 2022, 2023, 2024, 2025];
export const MUNICIPALITY_CODE = '0182';

export type State = 'value' | 'suppressed' | 'missing' | 'not-applicable' | 'not-measured';

export interface ValueRow {
  indicator: string;
  subjectType: 'unit' | 'provider' | 'municipality' | 'nation';
  subject: string;
  period: string;
  state: State;
  value?: number;
  n?: number;
  responseRate?: number;
  source: string;
  kpi?: string;
  publishedOn: string;
  /** The figure before suppression, used for the kommun's average; never written. */
  hidden?: number;
}

interface Subject {
  type: 'unit' | 'provider';
  id: string;
  quality: number;
  /** People who could answer (customers, residents, participants or staff). */
  population: number;
  /** Opened after the year's measurement: "not measured yet" instead of a figure. */
  notYetMeasured: boolean;
  ownKitchen: boolean;
}

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

/** When each source measures during the year, and when its figures were published here. */
const TIMING: Record<IndicatorDef['survey'], { measuredOn: (y: number) => string; publishedOn: (y: number) => string }> = {
  socialstyrelsen: { measuredOn: (y) => `${y}-03-15`, publishedOn: (y) => `${y}-10-15` },
  skr: { measuredOn: (y) => `${y}-09-15`, publishedOn: (y) => `${y}-12-15` },
  'provider-report': { measuredOn: (y) => `${y}-10-01`, publishedOn: (y) => `${y + 1}-04-15` },
};

function sourceText(def: IndicatorDef, y: number, subjectType: ValueRow['subjectType']): string {
  if (def.survey === 'socialstyrelsen') return `Socialstyrelsen, Vad tycker de äldre om äldreomsorgen? ${y}`;
  if (def.survey === 'skr') return `SKR, Brukarundersökning funktionshinder ${y}`;
  if (subjectType === 'municipality') return `Exempelkommun, sammanställning av kvalitetsredovisningar ${y}`;
  if (subjectType === 'nation')
    return def.file.id === 'personalkontinuitet' ? `Socialstyrelsen, Öppna jämförelser äldreomsorg ${y}` : 'Ingen jämförbar uppgift för riket';
  return `Anordnarens kvalitetsredovisning för ${y}`;
}

function providerSubject(p: ProviderModel, y: number): Subject {
  const growth = 1 + 0.04 * (y - 2023) + (rng('size', p.id, y).next() - 0.5) * 0.3;
  return { type: 'provider', id: p.id, quality: p.quality, population: Math.max(1, Math.round(p.size * growth)), notYetMeasured: false, ownKitchen: false };
}

function unitSubject(u: UnitModel, y: number, measuredOn: string): Subject {
  const occupancy = 0.85 + rng('occupancy', u.id, y).next() * 0.13;
  return {
    type: 'unit',
    id: u.id,
    quality: u.quality,
    population: Math.round((u.spec.places ?? 10) * occupancy),
    notYetMeasured: !unitOpenOn(u, measuredOn),
    ownKitchen: Boolean(u.file.facts?.ownKitchen),
  };
}

/** Who is measured for the indicator in the year; new units appear only in the last year, as not measured. */
function subjectsFor(def: IndicatorDef, world: World, y: number): Subject[] {
  const measuredOn = TIMING[def.survey].measuredOn(y);
  const out: Subject[] = [];
  for (const serviceId of def.measures) {
    if (serviceId === 'hemtjanst') {
      for (const p of world.providers) if (p.services.includes('hemtjanst') && activeOn(p, measuredOn)) out.push(providerSubject(p, y));
      continue;
    }
    for (const u of world.units) {
      if (u.serviceId !== serviceId) continue;
      if (unitOpenOn(u, measuredOn)) out.push(unitSubject(u, y, measuredOn));
      else if (y === YEARS.at(-1) && !u.closedOn && (u.openedOn ?? '') > measuredOn) out.push(unitSubject(u, y, measuredOn));
    }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** Number of answers (or, for reports, of people counted) behind a subject's figure. */
function answersFor(def: IndicatorDef, s: Subject, y: number): { n: number; responseRate?: number } {
  const r = rng('answers', def.survey, s.id, y);
  const itemLoss = rng('item-loss', def.file.id, s.id, y).int(0, 2);
  if (def.survey === 'socialstyrelsen') {
    const rate = clamp((s.type === 'provider' ? 0.6 : 0.5) + (r.next() - 0.5) * 0.2, 0.3, 0.85);
    const answered = Math.round(s.population * rate);
    return { n: Math.max(0, answered - itemLoss), responseRate: Math.round(rate * 100) };
  }
  if (def.survey === 'skr') {
    const rate = clamp(0.68 + (r.next() - 0.5) * 0.3, 0.4, 0.95);
    const answered = Math.round(s.population * rate);
    return { n: Math.max(0, answered - itemLoss), responseRate: Math.round(rate * 100) };
  }
  if (def.file.id === 'personalkontinuitet') {
    // Only customers with help at least twice a day are counted.
    if (s.id === 'stenuddens-omsorg' && y <= 2022) return { n: 0 };
    return { n: Math.round(s.population * (0.3 + r.next() * 0.1)) };
  }
  const staff = s.type === 'provider' ? Math.round(s.population * 0.45) + 4 : Math.round(s.population * (s.population < 12 ? 2.2 : 0.85));
  return { n: staff };
}

function trueValue(def: IndicatorDef, s: Subject, y: number, n: number): number {
  const r = rng('value', def.file.id, s.id, y);
  const offset = rng('offset', def.file.id, s.id).normal() * Math.abs(def.spread) * 0.5;
  const noise = r.normal() * Math.abs(def.spread) * 0.45 * Math.sqrt(20 / Math.max(n, 5));
  const kitchen = def.file.id.startsWith('sabo-ma') && s.ownKitchen ? 4 : 0;
  const v = def.nation + def.trend * (y - 2021) + s.quality * def.spread + offset + noise + kitchen;
  return clamp(v, def.min, def.max);
}

function subjectRows(def: IndicatorDef, world: World, y: number): ValueRow[] {
  const min = def.file.minAnswers ?? 5;
  const kpi = def.file.koladaKpi;
  return subjectsFor(def, world, y).map((s) => {
    const base = {
      indicator: def.file.id,
      subjectType: s.type,
      subject: s.id,
      period: String(y),
      source: sourceText(def, y, s.type),
      ...(kpi ? { kpi } : {}),
      publishedOn: TIMING[def.survey].publishedOn(y),
    };
    if (s.notYetMeasured) return { ...base, state: 'not-measured' as const };
    // Now and then the source has no figure for a unit (it was missed from the sample, or the file had a gap).
    if (def.survey !== 'provider-report' && rng('missing', def.survey, s.id, y).chance(0.03)) return { ...base, state: 'missing' as const };
    const { n, responseRate } = answersFor(def, s, y);
    if (n === 0) return { ...base, state: 'not-applicable' as const };
    const hidden = trueValue(def, s, y, n);
    const rate = responseRate !== undefined ? { responseRate } : {};
    if (n < min) return { ...base, state: 'suppressed' as const, n, ...rate, hidden };
    return { ...base, state: 'value' as const, value: Math.round(hidden), n, ...rate, hidden };
  });
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}

function municipalityRow(def: IndicatorDef, rows: ValueRow[], y: number): ValueRow {
  const counted = rows.filter((r) => r.hidden !== undefined && r.n !== undefined);
  const n = counted.reduce((sum, r) => sum + r.n!, 0);
  const value = counted.reduce((sum, r) => sum + r.hidden! * r.n!, 0) / n;
  const rated = counted.filter((r) => r.responseRate !== undefined);
  const rate = rated.length ? rated.reduce((sum, r) => sum + r.responseRate! * r.n!, 0) / rated.reduce((s, r) => s + r.n!, 0) : undefined;
  return {
    indicator: def.file.id,
    subjectType: 'municipality',
    subject: MUNICIPALITY_CODE,
    period: String(y),
    state: 'value',
    value: round1(value),
    n,
    ...(rate !== undefined ? { responseRate: round1(rate) } : {}),
    source: sourceText(def, y, 'municipality'),
    ...(def.file.koladaKpi ? { kpi: def.file.koladaKpi } : {}),
    publishedOn: TIMING[def.survey].publishedOn(y),
  };
}

/** Answers nationally, roughly as in the real surveys. */
const NATION_ANSWERS: Record<string, (y: number) => { n?: number; responseRate?: number }> = {
  'socialstyrelsen:hemtjanst': (y) => ({ n: 84000 - (y - 2021) * 1900, responseRate: round1(62.5 - (y - 2021) * 1.1) }),
  'socialstyrelsen:sarskilt-boende': (y) => ({ n: 29500 - (y - 2021) * 600, responseRate: round1(53.8 - (y - 2021) * 0.9) }),
  skr: (y) => ({ n: 9800 + (y - 2021) * 450 }),
};

function nationRow(def: IndicatorDef, y: number): ValueRow {
  const base = {
    indicator: def.file.id,
    subjectType: 'nation' as const,
    subject: 'riket',
    period: String(y),
    source: sourceText(def, y, 'nation'),
    ...(def.file.koladaKpi ? { kpi: def.file.koladaKpi } : {}),
    publishedOn: TIMING[def.survey].publishedOn(y),
  };
  if (def.file.id === 'utbildad-personal') return { ...base, state: 'missing' };
  const key = def.survey === 'socialstyrelsen' ? `socialstyrelsen:${def.measures[0]}` : def.survey;
  const answers = NATION_ANSWERS[key]?.(y) ?? {};
  const wobble = (rng('nation', def.file.id, y).next() - 0.5) * 0.8;
  return { ...base, state: 'value', value: round1(def.nation + def.trend * (y - 2021) + wobble), ...answers };
}

export interface IndicatorValues {
  /** File name (without folder) -> rows. */
  files: Map<string, ValueRow[]>;
  /** Rows the example's spreadsheet holds instead of content (see imports.ts). */
  sheetRows: ValueRow[];
  /** Look up one figure, e.g. for the quality report of the same year. */
  lookup: (indicator: string, subject: string, year: number) => ValueRow | undefined;
}

function fileFor(def: IndicatorDef): string {
  if (def.survey === 'socialstyrelsen') return `socialstyrelsen-${def.measures[0]}.csv`;
  if (def.survey === 'skr') return 'skr-daglig-verksamhet.csv';
  return 'kvalitetsredovisningar.csv';
}

export function buildIndicatorValues(world: World): IndicatorValues {
  const files = new Map<string, ValueRow[]>();
  const sheetRows: ValueRow[] = [];
  const index = new Map<string, ValueRow>();
  for (const def of INDICATOR_DEFS) {
    const file = fileFor(def);
    if (!files.has(file)) files.set(file, []);
    for (const y of YEARS) {
      const rows = subjectRows(def, world, y);
      for (const row of [nationRow(def, y), municipalityRow(def, rows, y), ...rows]) {
        // Left to the importers: the figure reaches content through them, not from here.
        if (leftToSheet(row)) sheetRows.push(row);
        else if (!leftToKolada(row)) files.get(file)!.push(row);
      }
      for (const row of rows) index.set(`${row.indicator}|${row.subject}|${y}`, row);
    }
  }
  return { files, sheetRows, lookup: (indicator, subject, year) => index.get(`${indicator}|${subject}|${year}`) };
}
