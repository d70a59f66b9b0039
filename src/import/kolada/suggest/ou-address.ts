// A Kolada unit's address, if its answer ever carries one. Every unit seen so
// far has only id, municipality and title, so this is usually undefined and the
// title is searched for the street and postort instead (score.ts).
import type { KoladaOu } from '../normalise/response';
import type { KnownAddress } from './score';

/** Field names tried, in order; none has been seen in a real answer. */
const STREET_KEYS = ['address', 'street', 'street_address'];
const CITY_KEYS = ['city', 'postal_area', 'postort'];

function firstText(ou: Record<string, unknown>, keys: string[]): string | undefined {
  for (const k of keys) {
    const v = ou[k];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return undefined;
}

export function ouAddress(ou: KoladaOu): KnownAddress | undefined {
  const fields = ou as Record<string, unknown>;
  const street = firstText(fields, STREET_KEYS);
  const city = firstText(fields, CITY_KEYS);
  return street || city ? { street, city } : undefined;
}
