// How likely a Kolada unit is a given unit or provider on the site, with the
// reason in words: the name similarity of the distinguishing parts (name-core),
// raised a little when the address agrees. Below the threshold nothing is
// suggested; an address alone never makes a suggestion.
import { nameSimilarity } from '../../shared/normalise/name-similarity';
import { fold, foldedWords } from '../../../lib/locale/fold';
import { nameCore, withoutParentheses } from './name-core';

/** A suggestion needs at least this score (0-1). */
export const SUGGEST_THRESHOLD = 0.7;
/** The names alone must be at least this alike before an address may count. */
export const NAME_FLOOR = 0.5;
/** Added when the street (without number) agrees. */
export const STREET_BONUS = 0.15;
/** Added when the postort agrees (weak: many units of a kommun share one). */
export const CITY_BONUS = 0.05;

/** An address as far as it is known. Kolada has sent none for a unit so far (see ouAddress), so its title is searched for the street and postort. */
export interface KnownAddress {
  street?: string;
  city?: string;
}

export interface Named {
  name: string;
  address?: KnownAddress;
}

export interface Score {
  /** 0-1, rounded to two decimals so ties and output are stable. */
  score: number;
  /** The name part alone. */
  nameScore: number;
  /** Why, in Swedish, for the proposal file. */
  reasons: string[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** "Tallvägen 3 B" -> "tallvagen": the street name without number or letter. */
export function streetName(street: string): string {
  return foldedWords(street)
    .filter((w) => !/\d/.test(w) && w.length > 1)
    .join(' ');
}

/** Whether a folded phrase occurs as whole words in a text. */
function mentions(text: string, phrase: string): boolean {
  if (!phrase) return false;
  return ` ${foldedWords(text).join(' ')} `.includes(` ${phrase} `);
}

function nameReason(best: { core: string; removed: string[]; parens: boolean }, nameScore: number): string {
  const how = nameScore === 1 ? 'samma namn' : `liknande namn (${Math.round(nameScore * 100)} %)`;
  const without = [...new Map(best.removed.map((w) => [fold(w), w])).values()];
  const parts = [without.length ? `orden ${without.map((w) => `"${w}"`).join(', ')}` : '', best.parens ? 'texten inom parentes' : ''].filter(Boolean);
  return parts.length ? `${how} när ${parts.join(' och ')} tas bort` : how;
}

/**
 * How alike a Kolada unit and a site unit or provider are. Both names are
 * compared with and without text in parentheses, and the best pair counts.
 */
export function scoreMatch(kolada: Named, site: Named, kommunNames: readonly string[] = []): Score {
  const variants = (name: string) => {
    const plain = withoutParentheses(name);
    return plain && plain !== name
      ? [
          { name, parens: false },
          { name: plain, parens: true },
        ]
      : [{ name, parens: false }];
  };
  let best = { nameScore: 0, core: '', removed: [] as string[], parens: false };
  for (const k of variants(kolada.name))
    for (const s of variants(site.name)) {
      const kc = nameCore(k.name, kommunNames);
      const sc = nameCore(s.name, kommunNames);
      // Nothing left to compare ("Hemtjänst" against "Hemtjänsten AB") is no evidence at all.
      const score = kc.core && sc.core ? nameSimilarity(kc.core, sc.core) : 0;
      if (score > best.nameScore) best = { nameScore: score, core: kc.core, removed: [...kc.removed, ...sc.removed], parens: k.parens || s.parens };
    }
  const nameScore = round2(best.nameScore);
  if (nameScore === 0) return { score: 0, nameScore: 0, reasons: [] };
  const reasons = [nameReason(best, nameScore)];
  let bonus = 0;
  if (nameScore >= NAME_FLOOR) {
    const street = site.address?.street ? streetName(site.address.street) : '';
    const koladaStreet = kolada.address?.street ? streetName(kolada.address.street) : '';
    if (street && (koladaStreet ? koladaStreet === street : mentions(kolada.name, street))) {
      bonus += STREET_BONUS;
      reasons.push(koladaStreet ? `samma gata (${site.address!.street})` : `gatan ${site.address!.street} står i namnet i Kolada`);
    }
    // A postort that is the kommun's own name says nothing: every unit would have it.
    const city = site.address?.city ? foldedWords(site.address.city).join(' ') : '';
    const koladaCity = kolada.address?.city ? foldedWords(kolada.address.city).join(' ') : '';
    const isKommun = kommunNames.some((n) => foldedWords(n).join(' ') === city);
    if (city && !isKommun && (koladaCity ? koladaCity === city : mentions(kolada.name, city))) {
      bonus += CITY_BONUS;
      reasons.push(koladaCity ? `samma postort (${site.address!.city})` : `postorten ${site.address!.city} står i namnet i Kolada`);
    }
  }
  return { score: round2(Math.min(1, nameScore + bonus)), nameScore, reasons };
}
