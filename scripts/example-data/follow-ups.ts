// The kommun's follow-ups for 2024-2026: a scripted story (a warning that was lifted, a warning
// still open, a withdrawal) and routine follow-ups drawn at random, each checking conditions.
import type { z } from 'zod';
import type { followUpSchema } from '../../src/schemas/follow-up';
import { CONDITIONS } from './conditions';
import { rng, type Random } from './random';
import { serviceDef, type ServiceId } from './services';
import { CONDITION_TEXTS, FOLLOW_UP_INTRO } from './texts';
import { activeOn, PUBLISHED_ON, unitOpenOn, type ProviderModel, type UnitModel, type World } from './world';

export type FollowUpInput = z.input<typeof followUpSchema>;
type Kind = FollowUpInput['kind'];
type Result = 'met' | 'partly' | 'not-met';
type Sanction = FollowUpInput['sanction'];

export const FOLLOW_UP_YEARS = [2024, 2025, 2026];

interface Plan {
  date: string;
  providerId: string;
  unitId?: string;
  serviceId: ServiceId;
  kind: Kind;
  results: [string, Result][];
  sanction: Sanction;
  /** Replaces the generated findings when the story needs its own words. */
  findings?: string;
  extraActions?: { text: string; deadline?: string }[];
  /** Use only extraActions, not the standard action for each fault. */
  onlyExtraActions?: boolean;
  /** Days from the follow-up to the deadline for actions. */
  deadlineDays?: number;
  report?: boolean;
  open?: boolean;
}

const SCRIPTED: Plan[] = [
  {
    date: '2024-10-08',
    providerId: 'hemtjanst-direkt',
    serviceId: 'hemtjanst',
    kind: 'planned',
    sanction: 'remark',
    report: true,
    results: [
      ['mal', 'met'],
      ['nycklar', 'met'],
      ['avvikelser', 'partly'],
      ['personal-kompetens', 'partly'],
      ['medverka-uppfoljning', 'met'],
    ],
  },
  {
    date: '2025-05-14',
    providerId: 'hemtjanst-direkt',
    serviceId: 'hemtjanst',
    kind: 'complaint-investigation',
    sanction: 'warning',
    report: true,
    deadlineDays: 90,
    results: [
      ['avvikelser', 'not-met'],
      ['personal-kompetens', 'not-met'],
      ['ta-emot-alla', 'met'],
    ],
    findings:
      'Kommunen utredde klagomål från kunder och anhöriga om missade besök och om personal som inte kunde utföra hjälpen. Utredningen visade att flera missade besök inte hade rapporterats som avvikelser, och att personal utan introduktion hade arbetat ensamma hos kunder. Kommunen ger anordnaren en varning. Om bristerna inte är åtgärdade kan auktorisationen återkallas.',
  },
  {
    date: '2026-03-18',
    providerId: 'hemtjanst-direkt',
    serviceId: 'hemtjanst',
    kind: 'in-depth-review',
    sanction: 'withdrawal',
    report: true,
    results: [
      ['mal', 'partly'],
      ['nycklar', 'not-met'],
      ['avvikelser', 'not-met'],
      ['ledning-kompetens', 'not-met'],
      ['personal-kompetens', 'not-met'],
    ],
    findings:
      'Kommunen gjorde en fördjupad granskning, med oanmälda besök och intervjuer med kunder och personal. Bristerna från varningen i maj 2025 var inte åtgärdade: allvarliga avvikelser rapporterades fortfarande inte, två nycklar till kunders bostäder kunde inte redovisas och verksamheten saknade en verksamhetschef med rätt kompetens. Kommunen återkallar därför anordnarens auktorisation från och med den 18 mars 2026. Alla kunder har fått hjälp att välja en ny anordnare.',
  },
  {
    date: '2024-09-12',
    providerId: 'ledsagarna',
    serviceId: 'ledsagar-avlosarservice-lss',
    kind: 'complaint-investigation',
    sanction: 'warning',
    deadlineDays: 110,
    results: [
      ['ta-emot-alla', 'not-met'],
      ['avvikelser', 'met'],
      ['medverka-uppfoljning', 'partly'],
    ],
    findings:
      'Kommunen utredde klagomål från familjer som hade valt anordnaren men fått nej. Utredningen visade att anordnaren hade tackat nej till fem nya kunder under våren, trots att kapacitetstaket inte var nått. Kommunen ger anordnaren en varning.',
  },
  {
    date: '2025-03-04',
    providerId: 'ledsagarna',
    serviceId: 'ledsagar-avlosarservice-lss',
    kind: 'planned',
    sanction: 'none',
    report: true,
    results: [
      ['ta-emot-alla', 'met'],
      ['medverka-uppfoljning', 'met'],
      ['personal-kompetens', 'met'],
    ],
    findings:
      'Kommunen följde upp varningen från september 2024. Anordnaren har tagit emot alla nya kunder sedan dess, har anställt fler ledsagare och lämnade kvalitetsredovisningen i tid. Bristerna är åtgärdade och varningen gäller inte längre.',
  },
  {
    date: '2025-11-05',
    providerId: 'lindgardens-aldreomsorg',
    unitId: 'lindgardens-vard-och-omsorgsboende',
    serviceId: 'sarskilt-boende',
    kind: 'planned',
    sanction: 'remark',
    report: true,
    results: [
      ['mal', 'met'],
      ['avvikelser', 'partly'],
      ['personal-kompetens', 'partly'],
      ['ledning-byte', 'met'],
    ],
  },
  {
    date: '2026-06-10',
    providerId: 'lindgardens-aldreomsorg',
    unitId: 'lindgardens-vard-och-omsorgsboende',
    serviceId: 'sarskilt-boende',
    kind: 'unannounced-visit',
    sanction: 'warning',
    report: true,
    open: true,
    results: [
      ['personal-kompetens', 'not-met'],
      ['avvikelser', 'partly'],
      ['nycklar', 'met'],
    ],
    extraActions: [{ text: 'Lämna en plan för bemanningen på natten, med namn på ansvarig sjuksköterska.', deadline: '2026-07-15' }],
    findings:
      'Kommunen gjorde ett oanmält besök på natten. På två av tre avdelningar arbetade bara personal från bemanningsföretag utan introduktion, och ingen kunde ge de boende deras läkemedel enligt ordination. Avvikelser från natten hade inte följts upp. Kommunen ger anordnaren en varning och följer upp igen i december 2026.',
  },
  {
    date: '2025-02-20',
    providerId: 'rent-och-fint',
    unitId: 'tvatteriet-rent-och-fint',
    serviceId: 'daglig-verksamhet-lss',
    kind: 'dialogue-meeting',
    sanction: 'none',
    results: [['medverka-uppfoljning', 'met']],
    findings:
      'Kommunen hade ett dialogmöte med anordnaren. Anordnaren berättade att företaget ska avsluta verksamheten i juni 2025. Kommunen och anordnaren kom överens om hur deltagarna ska få hjälp att välja en ny daglig verksamhet i god tid.',
  },
  {
    date: '2026-09-15',
    providerId: 'havsbrisen-omsorg',
    unitId: 'havsbrisens-vard-och-omsorgsboende',
    serviceId: 'sarskilt-boende',
    kind: 'planned',
    sanction: 'none',
    report: true,
    results: [
      ['mal', 'met'],
      ['ledning-kompetens', 'met'],
      ['personal-kompetens', 'met'],
      ['avvikelser', 'met'],
    ],
    findings:
      'Kommunen följde upp det nya boendet ett halvår efter att det öppnade. Anordnaren uppfyllde alla villkor som granskades. De boende och anhöriga som kommunen pratade med var nöjda med bemötandet och maten.',
  },
  {
    date: '2026-10-20',
    providerId: 'framsteget',
    unitId: 'framsteget',
    serviceId: 'daglig-verksamhet-lss',
    kind: 'dialogue-meeting',
    sanction: 'none',
    open: true,
    results: [['mal', 'met']],
    findings:
      'Kommunen hade ett första dialogmöte med den nya verksamheten. Anordnaren berättade om hur det har gått sedan starten i februari. Kommunen gör en planerad uppföljning under våren 2027.',
  },
];

const COMPLAINT_TOPICS = [
  'Klagomålen gällde sena eller missade besök.',
  'Klagomålen gällde bemötandet från personalen.',
  'Klagomålen gällde att det ofta kom ny personal.',
  'Klagomålen gällde att information inte nådde anhöriga.',
];

const DIALOGUE_TOPICS = [
  'Mötet handlade om resultaten i brukarundersökningen och vad anordnaren ska förbättra.',
  'Mötet handlade om kvalitetsredovisningen och anordnarens planer för nästa år.',
  'Mötet handlade om hur anordnaren samarbetar med kommunens hälso- och sjukvård.',
];

const KIND_CONDITIONS: Record<Kind, { pool: string[]; count: [number, number] }> = {
  planned: { pool: CONDITIONS.map((c) => c.id), count: [4, 6] },
  'unannounced-visit': { pool: ['nycklar', 'avvikelser', 'personal-kompetens', 'ledning-kompetens'], count: [2, 3] },
  'in-depth-review': { pool: CONDITIONS.map((c) => c.id), count: [6, 8] },
  'complaint-investigation': { pool: ['avvikelser', 'personal-kompetens', 'ta-emot-alla', 'ledning-kompetens'], count: [2, 3] },
  'dialogue-meeting': { pool: ['mal', 'medverka-uppfoljning'], count: [1, 2] },
};

/** Keys only matter where staff go into people's homes. */
const KEY_SERVICES: ServiceId[] = ['hemtjanst', 'boendestod', 'ledsagar-avlosarservice-lss', 'sarskilt-boende', 'bostad-sarskild-service-lss'];

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
}

function subjectName(p: ProviderModel, unit: UnitModel | undefined): string {
  return unit ? `${unit.spec.name} (${p.name})` : p.name;
}

function randomPlan(p: ProviderModel, date: string, r: Random, world: World): Plan | undefined {
  const serviceId = r.pick(p.services);
  const unitLevel = serviceDef(serviceId).choiceLevel === 'unit';
  const units = world.units.filter((u) => u.providerId === p.id && u.serviceId === serviceId && unitOpenOn(u, date));
  if (unitLevel && units.length === 0) return undefined;
  const unit = unitLevel ? r.pick(units) : undefined;
  const roll = r.next();
  const kind: Kind =
    roll < 0.5
      ? 'planned'
      : roll < 0.66
        ? 'dialogue-meeting'
        : roll < 0.8
          ? unit
            ? 'unannounced-visit'
            : 'planned'
          : roll < 0.94
            ? 'complaint-investigation'
            : 'in-depth-review';
  const { pool, count } = KIND_CONDITIONS[kind];
  const usable = pool.filter((c) => c !== 'nycklar' || KEY_SERVICES.includes(serviceId));
  const quality = unit?.quality ?? p.quality;
  const partlyChance = Math.max(0.04, 0.14 - quality * 0.06);
  // Routine follow-ups find at most partial faults: warnings belong to the scripted story.
  const results = r.sample(usable, r.int(count[0], count[1])).map((c): [string, Result] => [c, r.chance(partlyChance) ? 'partly' : 'met']);
  const partly = results.filter(([, res]) => res === 'partly').length;
  const sanction: Sanction = partly >= 2 || (partly === 1 && kind === 'complaint-investigation') ? 'remark' : 'none';
  return { date, providerId: p.id, unitId: unit?.id, serviceId, kind, results, sanction, report: kind !== 'dialogue-meeting' && r.chance(0.5) };
}

/** A follow-up for each provider that did not hand in its quality report. */
function missingReportPlans(missing: Map<number, string[]>, world: World): Plan[] {
  const plans: Plan[] = [];
  for (const [year, ids] of missing) {
    for (const id of ids) {
      const p = world.providers.find((x) => x.id === id)!;
      const r = rng('missing-report-follow-up', id, year);
      const date = r.date(`${year + 1}-04-20`, `${year + 1}-06-15`);
      if (!activeOn(p, date)) continue;
      const serviceId = p.services[0];
      const unit =
        serviceDef(serviceId).choiceLevel === 'unit'
          ? world.units.find((u) => u.providerId === id && u.serviceId === serviceId && unitOpenOn(u, date))
          : undefined;
      plans.push({
        date,
        providerId: id,
        unitId: unit?.id,
        serviceId,
        kind: 'dialogue-meeting',
        results: [
          ['medverka-uppfoljning', 'partly'],
          ['mal', 'met'],
        ],
        sanction: 'remark',
        onlyExtraActions: true,
        extraActions: [{ text: `Lämna in kvalitetsredovisningen för ${year}.`, deadline: addDays(date, 30) }],
        findings: `Kommunen hade ett dialogmöte med ${p.name} eftersom kvalitetsredovisningen för ${year} inte hade kommit in den 31 mars. Anordnaren har medverkat i mötet men inte lämnat någon redovisning. Kommunen ger anordnaren en anmärkning och en ny sista dag.`,
      });
    }
  }
  return plans;
}

function routinePlans(world: World, year: number): Plan[] {
  const r = rng('follow-ups', year);
  const last = year === 2026 ? '2026-11-06' : `${year}-12-12`;
  const plans: Plan[] = [];
  const candidates = r.shuffle(world.providers).slice(0, year === 2026 ? 16 : 20);
  for (const p of candidates) {
    const date = r.date(`${year}-01-20`, last);
    if (!activeOn(p, date) || p.stoppedOn) continue;
    const plan = randomPlan(p, date, rng('follow-up', p.id, date), world);
    if (plan) plans.push(plan);
  }
  return plans;
}

function findingsFor(plan: Plan, p: ProviderModel, unit: UnitModel | undefined, r: Random): string {
  const parts = [FOLLOW_UP_INTRO[plan.kind](subjectName(p, unit))];
  if (plan.kind === 'complaint-investigation') parts.push(r.pick(COMPLAINT_TOPICS));
  if (plan.kind === 'dialogue-meeting') parts.push(r.pick(DIALOGUE_TOPICS));
  const faults = plan.results.filter(([, res]) => res !== 'met');
  if (faults.length === 0) parts.push('Anordnaren uppfyllde alla villkor som granskades.');
  else {
    parts.push('Anordnaren uppfyllde de flesta villkor som granskades, men kommunen såg brister.');
    for (const [c, res] of faults) parts.push(CONDITION_TEXTS[c][res === 'partly' ? 'partly' : 'notMet'][0]);
  }
  if (plan.sanction === 'remark') parts.push('Kommunen ger anordnaren en anmärkning.');
  return parts.join(' ');
}

function toFollowUp(plan: Plan, world: World): FollowUpInput {
  const p = world.providers.find((x) => x.id === plan.providerId)!;
  const unit = plan.unitId ? world.units.find((u) => u.id === plan.unitId) : undefined;
  if (plan.unitId && !unit) throw new Error(`follow-up ${plan.date}: unknown unit ${plan.unitId}`);
  const r = rng('follow-up-text', plan.providerId, plan.date);
  const id = `${plan.date}-${plan.unitId ?? plan.providerId}`;
  const deadline = addDays(plan.date, plan.deadlineDays ?? r.int(45, 100));
  const actions =
    plan.sanction === 'withdrawal'
      ? []
      : [
          ...(plan.onlyExtraActions
            ? []
            : plan.results
                .filter(([, res]) => res !== 'met')
                .map(([c, res]) => ({ text: CONDITION_TEXTS[c][res === 'partly' ? 'partly' : 'notMet'][1], deadline }))),
          ...(plan.extraActions ?? []),
        ];
  const open = plan.open || actions.some((a) => a.deadline && a.deadline >= PUBLISHED_ON) || plan.date > '2026-10-15';
  return {
    id,
    providerId: plan.providerId,
    ...(plan.unitId ? { unitId: plan.unitId } : {}),
    serviceId: plan.serviceId,
    date: plan.date,
    kind: plan.kind,
    conditions: plan.results.map(([conditionId, result]) => ({
      conditionId,
      result,
      ...(result === 'met' && r.chance(0.3) ? { comment: CONDITION_TEXTS[conditionId].met } : {}),
    })),
    findings: plan.findings ?? findingsFor(plan, p, unit, r),
    actions,
    sanction: plan.sanction,
    status: open ? 'open' : 'closed',
    ...(plan.report ? { reportUrl: `https://www.exempelkommun.se/uppfoljningar/${plan.date.slice(0, 4)}/${id}.pdf` } : {}),
  };
}

export function buildFollowUps(world: World, missingReports: Map<number, string[]>): Map<number, FollowUpInput[]> {
  const storyProviders = new Set(SCRIPTED.map((s) => s.providerId));
  const all = [
    ...SCRIPTED,
    ...missingReportPlans(missingReports, world),
    ...FOLLOW_UP_YEARS.flatMap((y) => routinePlans(world, y)).filter((plan) => !storyProviders.has(plan.providerId)),
  ];
  const byYear = new Map<number, FollowUpInput[]>();
  const seen = new Set<string>();
  for (const plan of all.sort((a, b) => a.date.localeCompare(b.date) || a.providerId.localeCompare(b.providerId))) {
    const fu = toFollowUp(plan, world);
    if (seen.has(fu.id)) continue;
    seen.add(fu.id);
    const year = Number(plan.date.slice(0, 4));
    if (!byYear.has(year)) byYear.set(year, []);
    byYear.get(year)!.push(fu);
  }
  return byYear;
}
