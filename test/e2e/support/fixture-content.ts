// The fixture site's content files as written, so a journey can find its cases
// (a warned unit, a stale capacity, an announced end) from the data instead of
// naming example providers. Read with the yaml package only: the expectations
// must not come from the code under test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { E2E_SITE } from './fixture-site';

interface StatusEntry {
  status: string;
  date: string;
  note?: string;
}
interface Capacity {
  acceptsNewCustomers: string;
  confirmedOn: string;
}
export interface ProviderFile {
  id: string;
  name: string;
  services: string[];
  statusHistory: StatusEntry[];
  capacity?: Capacity;
}
export interface UnitFile {
  id: string;
  name: string;
  providerId: string;
  serviceId: string;
  capacity?: Capacity;
  closedOn?: string;
}
export interface FollowUpFile {
  id: string;
  providerId: string;
  unitId?: string;
  serviceId: string;
  date: string;
  sanction: string;
}

const read = (path: string) => parse(readFileSync(join(E2E_SITE.content, path), 'utf8'));
const folder = <T>(name: string): T[] =>
  readdirSync(join(E2E_SITE.content, name))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => {
      const data = read(join(name, f));
      return Array.isArray(data) ? data : [data];
    });

export function fixtureContent() {
  const site = read('site.yaml') as { dataPublishedOn: string; capacityMaxAgeMonths?: number };
  return {
    today: String(site.dataPublishedOn),
    capacityMaxAgeMonths: site.capacityMaxAgeMonths ?? 3,
    providers: folder<ProviderFile>('providers'),
    units: folder<UnitFile>('units'),
    followUps: folder<FollowUpFile>('follow-ups'),
  };
}

/** The status entry in force on `today`: the last one dated on or before it. */
export function statusOn(p: ProviderFile, today: string): StatusEntry {
  return p.statusHistory.filter((h) => h.date <= today).at(-1) ?? p.statusHistory[0];
}
