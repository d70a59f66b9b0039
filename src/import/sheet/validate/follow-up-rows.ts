// One row of a kommun's follow-up register becomes one follow-up entry, or a
// refusal naming the row, column, value and what was expected. Kinds, results
// and sanctions are read from the Swedish words registers use.
import type { Condition } from '../../../schemas/condition';
import { followUpSchema, type FollowUp } from '../../../schemas/follow-up';
import type { Provider } from '../../../schemas/provider';
import type { Service } from '../../../schemas/service';
import type { Unit } from '../../../schemas/unit';
import { fold } from '../../../lib/locale/fold';
import { slug } from '../../../lib/locale/fold';
import { cellText, isBlank, readDate, type Cell } from '../normalise/cells';
import type { FieldVariants } from '../normalise/headers';
import { findByIdOrName, openRow, suggestNames, type SheetRefusal } from './row-cells';

export const followUpFields = {
  id: ['ärende', 'ärendenummer', 'diarienummer', 'dnr', 'id'],
  provider: ['anordnare', 'utförare', 'leverantör', 'anordnare id'],
  unit: ['enhet', 'enhet id', 'verksamhet', 'boende'],
  service: ['tjänst', 'insats', 'kundval', 'tjänst id'],
  date: ['datum', 'uppföljningsdatum', 'besöksdatum'],
  kind: ['typ', 'uppföljningstyp', 'typ av uppföljning', 'form'],
  findings: ['iakttagelser', 'resultat', 'sammanfattning', 'vad kommunen såg', 'beskrivning', 'bedömning'],
  sanction: ['åtgärd från kommunen', 'sanktion', 'påföljd', 'åtgärd'],
  status: ['status', 'ärendestatus'],
  action: ['åtgärdskrav', 'krav på åtgärd', 'utföraren ska', 'krav'],
  deadline: ['senast', 'sista datum', 'åtgärdas senast', 'deadline'],
  reportUrl: ['rapport', 'länk', 'länk till rapport', 'rapportlänk'],
  conditions: ['villkor', 'kontrollerade villkor'],
} satisfies FieldVariants<string>;

export type FollowUpField = keyof typeof followUpFields;

const words =
  <T extends string>(table: [T, string[]][]) =>
  (text: string): T | undefined => {
    const t = fold(text);
    return table.find(([, ws]) => ws.map(fold).includes(t))?.[0];
  };

export const readKind = words<FollowUp['kind']>([
  ['planned', ['planned', 'planerad uppföljning', 'planerad', 'uppföljning', 'ordinarie uppföljning']],
  ['unannounced-visit', ['unannounced-visit', 'oanmält besök', 'oanmäld', 'oanmält']],
  ['in-depth-review', ['in-depth-review', 'fördjupad granskning', 'fördjupad uppföljning', 'granskning']],
  ['complaint-investigation', ['complaint-investigation', 'klagomålsutredning', 'utredning av klagomål', 'klagomål']],
  ['dialogue-meeting', ['dialogue-meeting', 'dialogmöte', 'dialog']],
]);
export const readSanction = words<FollowUp['sanction']>([
  ['none', ['none', 'ingen', 'ingen åtgärd', 'inga', '-']],
  ['remark', ['remark', 'anmärkning']],
  ['warning', ['warning', 'varning']],
  ['withdrawal', ['withdrawal', 'avauktorisation', 'hävt avtal', 'hävning', 'godkännandet återkallat', 'återkallat']],
]);
export const readStatus = words<FollowUp['status']>([
  ['open', ['open', 'pågår', 'öppen', 'pågående', 'ej avslutad']],
  ['closed', ['closed', 'avslutad', 'stängd', 'klar', 'avslutat']],
]);
export const readResult = words<'met' | 'partly' | 'not-met'>([
  ['met', ['met', 'uppfyllt', 'uppfylld', 'ja']],
  ['partly', ['partly', 'delvis', 'delvis uppfyllt']],
  ['not-met', ['not-met', 'ej uppfyllt', 'inte uppfyllt', 'nej', 'brist']],
]);

export interface FollowUpContext {
  providers: Provider[];
  units: Unit[];
  services: Service[];
  conditions: Condition[];
}

export type FollowUpRowResult = { ok: true; followUp: FollowUp } | { ok: false; refusal: SheetRefusal };

export function followUpRowToEntry(
  rawCells: Cell[],
  row: number,
  header: string[],
  columns: Partial<Record<FollowUpField, number>>,
  ctx: FollowUpContext,
): FollowUpRowResult {
  const opened = openRow(rawCells, row, header, columns);
  if (!('get' in opened)) return { ok: false, refusal: opened.refusal };
  const { get } = opened;
  const text = (f: FollowUpField) => cellText(get(f));
  const refuse = (f: FollowUpField | undefined, reason: string): FollowUpRowResult => ({ ok: false, refusal: opened.refusal(f, reason) });

  const provider = findByIdOrName(text('provider'), ctx.providers);
  if (!provider)
    return refuse('provider', `okänd anordnare. Skriv id eller namn på en anordnare i content/providers/.${suggestNames(text('provider'), ctx.providers)}`);
  let unit: Unit | undefined;
  if (text('unit')) {
    unit = findByIdOrName(text('unit'), ctx.units);
    if (!unit) return refuse('unit', `okänd enhet. Skriv id eller namn på en enhet i content/units/.${suggestNames(text('unit'), ctx.units)}`);
    if (unit.providerId !== provider.id) return refuse('unit', `en enhet som tillhör ${provider.name} (den tillhör ${unit.providerId})`);
  }
  let serviceId = unit?.serviceId;
  if (text('service')) {
    const service = findByIdOrName(text('service'), ctx.services);
    if (!service) return refuse('service', `okänd tjänst. Skriv id eller namn på en tjänst i content/services/: ${ctx.services.map((s) => s.name).join(', ')}`);
    serviceId = service.id;
  }
  serviceId ??= provider.services.length === 1 ? provider.services[0] : undefined;
  if (!serviceId) return refuse('service', `en tjänst: ${provider.name} är godkänd för flera (${provider.services.join(', ')}), så raden måste säga vilken`);
  if (!provider.services.includes(serviceId)) return refuse('service', `en tjänst som ${provider.name} är godkänd för (${provider.services.join(', ')})`);

  const date = readDate(get('date'));
  if (!date.ok) return refuse('date', `förväntat ${date.expected}`);
  const kind = readKind(text('kind'));
  if (!kind) return refuse('kind', 'förväntat planerad uppföljning, oanmält besök, fördjupad granskning, klagomålsutredning eller dialogmöte');
  const sanction = isBlank(get('sanction')) ? 'none' : readSanction(text('sanction'));
  if (!sanction) return refuse('sanction', 'förväntat ingen, anmärkning, varning eller avauktorisation');
  const status = readStatus(text('status'));
  if (!status) return refuse('status', 'förväntat pågår eller avslutad');
  if (!text('findings')) return refuse('findings', 'en beskrivning av vad kommunen såg (får inte vara tom)');

  const conditions: FollowUp['conditions'] = [];
  for (const part of text('conditions')
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([^:=]+)[:=]\s*(.+)$/.exec(part);
    const condition = m && ctx.conditions.find((c) => c.id === m[1].trim());
    const result = m ? readResult(m[2]) : undefined;
    if (!condition || !result)
      return refuse(
        'conditions',
        `villkor skrivna som id: resultat, t.ex. "${ctx.conditions[0]?.id ?? 'villkor'}: uppfyllt; ..." med id från content/conditions.yaml (${ctx.conditions.map((c) => c.id).join(', ')}) och resultat uppfyllt, delvis eller ej uppfyllt`,
      );
    conditions.push({ conditionId: condition.id, result });
  }
  let deadline: string | undefined;
  if (text('deadline')) {
    const d = readDate(get('deadline'));
    if (!d.ok) return refuse('deadline', `förväntat ${d.expected}`);
    deadline = d.value;
  }
  const id = slug(text('id') || `${provider.id} ${unit ? unit.id : ''} ${date.value}`);
  const draft = {
    id,
    providerId: provider.id,
    ...(unit ? { unitId: unit.id } : {}),
    serviceId,
    date: date.value,
    kind,
    conditions,
    findings: text('findings'),
    actions: text('action') ? [{ text: text('action'), ...(deadline ? { deadline } : {}) }] : [],
    sanction,
    status,
    ...(text('reportUrl') ? { reportUrl: text('reportUrl') } : {}),
  };
  const parsed = followUpSchema.safeParse(draft);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = ({ id: 'id', reportUrl: 'reportUrl', findings: 'findings' } as Record<string, FollowUpField>)[String(issue.path[0])];
    return refuse(field, `förväntat ${issue.message}`);
  }
  return { ok: true, followUp: parsed.data };
}
