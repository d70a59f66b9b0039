// Builds the providers and units of Exempelkommun from the specs in names.ts: fills in
// contact details, areas, languages, capacity and facts, and keeps the hidden traits
// (size, quality) that the survey figures and follow-ups are drawn from.
import type { z } from 'zod';
import type { providerSchema } from '../../src/schemas/provider';
import type { unitSchema } from '../../src/schemas/unit';
import { QUALITY_OVERRIDES, STATUS_EVENTS, stoppedOn } from './events';
import { slug } from '../../src/lib/locale/fold';
import { domainFor, KOMMUN_SWITCHBOARD, landlineNumber, mobileNumber, orgNumber } from './identity';
import { PROVIDER_SPECS, type ProviderSpec, type UnitSpec } from './names';
import { addressIn, coordinatesIn, DISTRICTS, district, PARTS } from './places';
import { rng, type Random } from './random';
import { serviceAreas, serviceDef, type ServiceId } from './services';
import { PLACES_SENTENCE, SERVICE_CLOSING, dateInWords, listInWords, monthInWords } from './texts';

export type ProviderInput = z.input<typeof providerSchema>;
export type UnitInput = z.input<typeof unitSchema>;

/** The day the example data is published; nothing in it happens later. */
export const PUBLISHED_ON = '2026-11-15';

export interface UnitModel {
  id: string;
  spec: UnitSpec;
  providerId: string;
  serviceId: ServiceId;
  openedOn?: string;
  closedOn?: string;
  /** Hidden quality, about -2 to 2; drives survey results and follow-ups. */
  quality: number;
  languages: string[];
  file: UnitInput;
}

export interface ProviderModel {
  id: string;
  spec: ProviderSpec;
  name: string;
  ownership: ProviderSpec['ownership'];
  services: ServiceId[];
  authorisedSince: string;
  stoppedOn?: string;
  quality: number;
  /** Customers aged 65 or more in hemtjänst. */
  size: number;
  languages: string[];
  domain: string;
  units: UnitModel[];
  file: ProviderInput;
}

export interface World {
  providers: ProviderModel[];
  units: UnitModel[];
}

const EXTRA_LANGUAGES = [
  'engelska',
  'arabiska',
  'persiska',
  'finska',
  'somaliska',
  'bosniska',
  'spanska',
  'polska',
  'tigrinja',
  'turkiska',
  'kurdiska',
  'ryska',
  'grekiska',
  'tyska',
  'teckenspråk',
  'ukrainska',
];

const KOMMUN_DOMAIN = 'exempelkommun.se';

/** Words in unit names that make poor e-mail names. */
const GENERIC_WORDS = new Set([
  'dagverksamheten',
  'daglig',
  'verksamhet',
  'korttidshemmet',
  'gruppbostaden',
  'servicebostaden',
  'traffpunkt',
  'motesplats',
  'atelje',
  'cafe',
]);

function isProviderLevel(serviceId: ServiceId): boolean {
  return serviceDef(serviceId).choiceLevel === 'provider';
}

function confirmedOn(r: Random): string {
  // Most facts were confirmed this autumn; a few are older, so the site has something to flag.
  return r.chance(0.12) ? r.date('2025-05-01', '2025-12-15') : r.date('2026-09-01', '2026-11-12');
}

function capacityFor(r: Random, stopped: string | undefined, opts: { waitingShare: number; noShare: number; cap?: number; stoppedNote?: string }) {
  if (stopped)
    return {
      acceptsNewCustomers: 'no' as const,
      confirmedOn: stopped,
      note: opts.stoppedNote ?? 'Anordnaren är inte längre auktoriserad och tar inte emot kunder.',
    };
  const roll = r.next();
  const accepts: 'yes' | 'no' | 'waiting-list' = roll < opts.noShare ? 'no' : roll < opts.noShare + opts.waitingShare ? 'waiting-list' : 'yes';
  const notes = {
    yes: undefined,
    'waiting-list': 'Det finns kö. Fråga oss om hur lång väntetiden är just nu.',
    no: 'Vi tar inte emot nya kunder just nu.',
  } as const;
  return {
    acceptsNewCustomers: accepts,
    confirmedOn: confirmedOn(r),
    ...(opts.cap ? { cap: opts.cap } : {}),
    ...(notes[accepts] ? { note: notes[accepts] } : {}),
  };
}

/** Facts that matter for the service, answered at random within what is plausible. */
function factsFor(serviceId: ServiceId, r: Random, profiles: string[], stopped?: string) {
  const confirmed = confirmedOn(r);
  const base = { confirmedOn: stopped && stopped < confirmed ? stopped : confirmed };
  const diet = profiles.some((p) => ['judisk', 'muslimsk'].includes(p)) || r.chance(0.8);
  switch (serviceId) {
    case 'hemtjanst':
      return { ...base, nightCoverage: r.chance(0.15), weekendCoverage: true, staffGenderOnRequest: r.chance(0.8), specialDiets: diet };
    case 'sarskilt-boende':
      return {
        ...base,
        nightCoverage: true,
        weekendCoverage: true,
        staffGenderOnRequest: r.chance(0.7),
        petsAllowed: r.chance(0.35),
        ownKitchen: r.chance(0.6),
        specialDiets: diet,
      };
    case 'korttidsvistelse-lss':
    case 'bostad-sarskild-service-lss':
      return {
        ...base,
        nightCoverage: true,
        weekendCoverage: true,
        staffGenderOnRequest: r.chance(0.6),
        petsAllowed: r.chance(0.2),
        ownKitchen: r.chance(0.7),
        specialDiets: diet,
      };
    case 'daglig-verksamhet-lss':
    case 'sysselsattning-psykisk':
    case 'dagverksamhet-aldre':
      return { ...base, weekendCoverage: r.chance(0.1), ownKitchen: r.chance(0.5), specialDiets: diet };
    case 'ledsagar-avlosarservice-lss':
    case 'boendestod':
      return { ...base, nightCoverage: r.chance(0.25), weekendCoverage: r.chance(0.75), staffGenderOnRequest: r.chance(0.8) };
    default:
      return { ...base, weekendCoverage: r.chance(0.2), staffGenderOnRequest: r.chance(0.7) };
  }
}

function areasFor(spec: ProviderSpec, r: Random): string[] {
  const ids = new Set<string>();
  for (const serviceId of spec.services) {
    const all = serviceAreas(serviceDef(serviceId)).map((a) => a.id);
    if (spec.ownership === 'municipal') {
      for (const a of all) ids.add(a);
      continue;
    }
    const home = serviceDef(serviceId).areaKind === 'parts' ? district(spec.home).part : spec.home;
    const own = (spec.units ?? []).filter((u) => u.service === serviceId);
    if (own.length > 0) {
      for (const u of own) ids.add(serviceDef(serviceId).areaKind === 'parts' ? district(u.district).part : u.district);
      continue;
    }
    const count = serviceId === 'familjeradgivning' || serviceId === 'oppenvard-missbruk' ? all.length : r.int(Math.min(2, all.length), all.length);
    const others = r.sample(
      all.filter((a) => a !== home),
      count - 1,
    );
    if (all.includes(home)) ids.add(home);
    for (const a of others) ids.add(a);
  }
  // Keep the service's own order: districts, then kommundelar.
  const order = [...DISTRICTS.map((d) => d.id), ...PARTS.map((p) => p.id)];
  return order.filter((id) => ids.has(id));
}

function statusHistoryFor(spec: ProviderSpec, authorisedSince: string) {
  return [
    { status: 'active' as const, date: authorisedSince },
    ...(STATUS_EVENTS[spec.id] ?? []).map((e) => ({ status: e.status, date: e.date, note: e.note })),
  ];
}

function ivoPermitFor(spec: ProviderSpec, authorisedSince: string, r: Random) {
  const required = spec.services.some((s) => serviceDef(s).ivoPermitRequired);
  if (!required) return undefined;
  if (spec.ownership === 'municipal') return { required: false };
  // Private hemtjänst has needed a permit since 2019; boenden and LSS long before that.
  const year = Math.max(Number(authorisedSince.slice(0, 4)) - (spec.services.includes('hemtjanst') ? 0 : 1), spec.services.includes('hemtjanst') ? 2019 : 2008);
  return { required: true, reference: `IVO 3.5.1-${r.int(10000, 59999)}/${Math.min(year, 2026)}` };
}

function providerDescription(spec: ProviderSpec, authorisedSince: string, languages: string[], stopped?: string): string {
  const subject = spec.ownership === 'municipal' ? spec.name.replace(', egen regi', '') : spec.name;
  const parts = [`${subject} ${spec.focus}.`];
  if (spec.ownership === 'nonprofit') parts.push('Verksamheten drivs utan vinstsyfte, och överskottet går tillbaka till verksamheten.');
  if (stopped) {
    const event = STATUS_EVENTS[spec.id].at(-1)!;
    parts.push(
      event.status === 'withdrawn'
        ? `Kommunen återkallade auktorisationen den ${dateInWords(stopped)}. Anordnaren finns kvar här så att du kan se vad som hände.`
        : `Anordnaren avslutade sitt avtal med kommunen den ${dateInWords(stopped)}.`,
    );
    return parts.join(' ');
  }
  parts.push(
    spec.ownership === 'municipal'
      ? 'Vi har varit med i kundvalet sedan det började.'
      : `Vi är auktoriserade i Exempelkommun sedan ${monthInWords(authorisedSince)}.`,
  );
  if (languages.length > 0) parts.push(`Förutom svenska talar personalen ${listInWords(languages)}.`);
  const closing = spec.services.filter(isProviderLevel).map((s) => SERVICE_CLOSING[s])[0] ?? SERVICE_CLOSING[spec.services[0]];
  parts.push(closing);
  return parts.join(' ');
}

function unitDescription(u: UnitSpec, languages: string[]): string {
  const parts = [`På ${u.name} ${u.focus}.`, PLACES_SENTENCE[u.service](u.places)];
  if (u.openedOn && u.openedOn >= '2025-01-01') parts.push(`Verksamheten öppnade i ${monthInWords(u.openedOn)}.`);
  if (u.closedOn) parts.push(`Verksamheten stängde den ${dateInWords(u.closedOn)}.`);
  else {
    if (languages.length > 0) parts.push(`Förutom svenska talar personalen ${listInWords(languages)}.`);
    parts.push(SERVICE_CLOSING[u.service]);
  }
  return parts.join(' ');
}

function buildUnit(spec: UnitSpec, provider: ProviderModel, providerLanguages: string[]): UnitModel {
  const r = rng('unit', spec.name);
  const id = slug(spec.name);
  const def = serviceDef(spec.service);
  const d = district(spec.district);
  const languages = spec.languages ?? r.sample(providerLanguages, r.int(0, Math.min(2, providerLanguages.length)));
  const openedOn = spec.openedOn ?? (provider.ownership === 'municipal' ? r.date('1978-01-01', '2012-12-31') : r.date('1995-01-01', '2023-06-30'));
  const stopped = spec.closedOn ?? provider.stoppedOn;
  const waitingShare = spec.service === 'sarskilt-boende' || spec.service === 'bostad-sarskild-service-lss' ? 0.5 : 0.25;
  const localPart =
    slug(spec.name)
      .split('-')
      .find((w) => !GENERIC_WORDS.has(w)) ?? id.split('-')[0];
  const file: UnitInput = {
    id,
    providerId: provider.id,
    serviceId: spec.service,
    name: spec.name,
    address: addressIn(d, r),
    coordinates: coordinatesIn(d, r),
    area: def.areaKind === 'parts' ? d.part : d.id,
    places: spec.places,
    description: unitDescription({ ...spec, openedOn }, languages),
    languages,
    profiles: spec.profiles ?? [],
    capacity: capacityFor(r, stopped, { waitingShare, noShare: 0.1, stoppedNote: spec.closedOn ? 'Verksamheten har stängt.' : undefined }),
    facts: factsFor(spec.service, r, spec.profiles ?? [], stopped),
    contact: { phone: mobileNumber(), email: `${localPart}@${provider.domain}` },
    openedOn,
    ...(spec.closedOn ? { closedOn: spec.closedOn } : {}),
    updatedOn: r.date('2026-08-15', '2026-11-12'),
  };
  return {
    id,
    spec,
    providerId: provider.id,
    serviceId: spec.service,
    openedOn,
    closedOn: spec.closedOn,
    quality: provider.quality * 0.6 + r.normal() * 0.6,
    languages,
    file,
  };
}

function buildProvider(spec: ProviderSpec, kommunOrgNumber: string): ProviderModel {
  const r = rng('provider', spec.id);
  const stopped = stoppedOn(spec.id);
  const authorisedSince = spec.authorisedSince ?? r.date('2010-02-01', '2023-10-01');
  const extra = spec.ownership !== 'municipal' && r.chance(0.35) ? [r.pick(EXTRA_LANGUAGES)] : [];
  const languages = [...new Set([...(spec.languages ?? []), ...extra])];
  const profiles = [...(spec.profiles ?? [])];
  if (spec.services.includes('hemtjanst') && !profiles.includes('demens') && r.chance(0.3)) profiles.push('demens');
  const domain = spec.ownership === 'municipal' ? KOMMUN_DOMAIN : domainFor(spec.name);
  const mailbox = spec.ownership === 'municipal' ? `${spec.id.replace('exempelkommunens-', '')}.egenregi` : r.pick(['info', 'kontakt', 'hej']);
  const web = spec.ownership === 'municipal' ? `https://www.${KOMMUN_DOMAIN}/egen-regi/${spec.id.replace('exempelkommunens-', '')}` : `https://www.${domain}`;
  const providerLevel = spec.services.filter(isProviderLevel);
  const size = spec.size ?? 0;
  const cap = spec.id === 'vi-tillsammans' ? 15 : providerLevel.includes('hemtjanst') && r.chance(0.25) ? Math.round((size * 1.3) / 10) * 10 : undefined;
  const ivoPermit = ivoPermitFor(spec, authorisedSince, r);
  const file: ProviderInput = {
    id: spec.id,
    name: spec.name,
    ...(spec.org === 'sole-trader' ? { soleTrader: true } : { orgNumber: spec.org === 'kommun' ? kommunOrgNumber : orgNumber(spec.org, spec.id) }),
    ownership: spec.ownership,
    services: spec.services,
    authorisedSince,
    statusHistory: statusHistoryFor(spec, authorisedSince),
    contact: {
      phone: spec.ownership === 'municipal' ? KOMMUN_SWITCHBOARD : spec.org === 'sole-trader' ? mobileNumber() : landlineNumber(),
      email: `${mailbox}@${domain}`,
      web,
    },
    address: addressIn(district(spec.home), r),
    description: providerDescription(spec, authorisedSince, languages, stopped),
    languages,
    profiles,
    areas: areasFor(spec, r),
    ...(providerLevel.length > 0
      ? {
          capacity: capacityFor(r, stopped, { waitingShare: 0.12, noShare: 0.1, cap }),
          facts: factsFor(providerLevel[0], r, profiles, stopped),
        }
      : {}),
    ...(ivoPermit ? { ivoPermit } : {}),
    updatedOn: stopped && stopped < '2026-08-15' ? stopped : r.date('2026-08-15', '2026-11-12'),
  };
  return {
    id: spec.id,
    spec,
    name: spec.name,
    ownership: spec.ownership,
    services: spec.services,
    authorisedSince,
    stoppedOn: stopped,
    quality: QUALITY_OVERRIDES[spec.id] ?? r.normal() * 0.7,
    size,
    languages,
    domain,
    units: [],
    file,
  };
}

export function buildWorld(): World {
  const kommunOrgNumber = orgNumber('kommun', 'exempelkommun');
  const providers = PROVIDER_SPECS.map((spec) => buildProvider(spec, kommunOrgNumber));
  const units: UnitModel[] = [];
  for (const p of providers) {
    for (const u of p.spec.units ?? []) {
      if (!p.services.includes(u.service)) throw new Error(`${u.name}: provider ${p.id} is not authorised for ${u.service}`);
      const unit = buildUnit(u, p, p.languages);
      p.units.push(unit);
      units.push(unit);
    }
  }
  assertUnique(
    'provider id',
    providers.map((p) => p.id),
  );
  assertUnique(
    'unit id',
    units.map((u) => u.id),
  );
  assertUnique(
    'provider name',
    providers.map((p) => p.name),
  );
  return { providers, units };
}

function assertUnique(what: string, values: string[]): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) throw new Error(`duplicate ${what}: ${v}`);
    seen.add(v);
  }
}

/** True when the provider (or unit) delivered the service on the given date. */
export function activeOn(p: ProviderModel, date: string): boolean {
  return p.authorisedSince <= date && (!p.stoppedOn || p.stoppedOn >= date);
}

export function unitOpenOn(u: UnitModel, date: string): boolean {
  return (!u.openedOn || u.openedOn <= date) && (!u.closedOn || u.closedOn >= date);
}
