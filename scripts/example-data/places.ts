// The invented geography of Exempelkommun: districts (kommundelar split finer), streets,
// postal codes and coordinates. No name is a real place in Nacka.
import type { Random } from './random';

export interface District {
  id: string;
  name: string;
  /** The larger part of the kommun the district lies in. */
  part: PartId;
  lat: number;
  lon: number;
  /** First four digits of the district's postal codes. */
  postal: string;
  streets: string[];
}

export type PartId = 'norra' | 'centrala' | 'ostra' | 'sodra';

export const PARTS: { id: PartId; name: string }[] = [
  { id: 'norra', name: 'Norra kommundelen' },
  { id: 'centrala', name: 'Centrala kommundelen' },
  { id: 'ostra', name: 'Östra kommundelen' },
  { id: 'sodra', name: 'Södra kommundelen' },
];

export const DISTRICTS: District[] = [
  {
    id: 'norrstrand',
    name: 'Norrstrand',
    part: 'norra',
    lat: 59.352,
    lon: 18.142,
    postal: '131 5',
    streets: ['Norrstrandsvägen', 'Fyrvaktarvägen', 'Båtsmansgatan', 'Strandpromenaden', 'Sjökaptensvägen'],
  },
  {
    id: 'granbacka',
    name: 'Granbacka',
    part: 'norra',
    lat: 59.338,
    lon: 18.205,
    postal: '132 4',
    streets: ['Granbackavägen', 'Barrstigen', 'Kottvägen', 'Skogsbrynet', 'Mossgatan'],
  },
  {
    id: 'sjoviken',
    name: 'Sjöviken',
    part: 'centrala',
    lat: 59.318,
    lon: 18.17,
    postal: '131 3',
    streets: ['Sjövikstorget', 'Vikvägen', 'Hamngatan', 'Bryggvägen', 'Kajvägen'],
  },
  {
    id: 'lovhojden',
    name: 'Lövhöjden',
    part: 'centrala',
    lat: 59.307,
    lon: 18.23,
    postal: '133 4',
    streets: ['Lövhöjdsvägen', 'Björkallén', 'Aspvägen', 'Lönngatan', 'Hasselstigen'],
  },
  {
    id: 'stenudden',
    name: 'Stenudden',
    part: 'ostra',
    lat: 59.296,
    lon: 18.315,
    postal: '134 6',
    streets: ['Stenuddsvägen', 'Klippvägen', 'Hällebergsgatan', 'Kalkstensvägen', 'Flintvägen'],
  },
  {
    id: 'ekvallen',
    name: 'Ekvallen',
    part: 'ostra',
    lat: 59.322,
    lon: 18.29,
    postal: '134 3',
    streets: ['Ekvallsvägen', 'Ollonstigen', 'Ekbacksgatan', 'Lindvägen', 'Lärkvägen'],
  },
  {
    id: 'tallmo',
    name: 'Tallmo',
    part: 'sodra',
    lat: 59.276,
    lon: 18.195,
    postal: '135 5',
    streets: ['Tallmovägen', 'Tallåsgatan', 'Kvarnvägen', 'Ängsvägen', 'Mjölnarvägen'],
  },
];

export function district(id: string): District {
  const d = DISTRICTS.find((x) => x.id === id);
  if (!d) throw new Error(`unknown district ${id}`);
  return d;
}

export function districtsInPart(part: PartId): District[] {
  return DISTRICTS.filter((d) => d.part === part);
}

export interface Address {
  street: string;
  postalCode: string;
  city: string;
}

/** A street address in the district; the postal town is the district's name. */
export function addressIn(d: District, r: Random): Address {
  return { street: `${r.pick(d.streets)} ${r.int(1, 48)}`, postalCode: `${d.postal}${r.int(0, 9)}`, city: d.name };
}

/** Coordinates near the district's centre, rounded to about ten metres. */
export function coordinatesIn(d: District, r: Random): { lat: number; lon: number } {
  const round = (n: number) => Math.round(n * 10000) / 10000;
  return { lat: round(d.lat + (r.next() - 0.5) * 0.014), lon: round(d.lon + (r.next() - 0.5) * 0.024) };
}
