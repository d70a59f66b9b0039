// The part of a unit's or provider's name that tells it apart, for comparing a
// Kolada unit's title with the site's names: folded (lib/locale/fold), without
// legal-form words (AB, HB ...), without the kind of care ("hemtjänst",
// "äldreboende", "särskilt boende" ...) and without the kommun ("i Nacka kommun",
// "Nacka"), which both sides may or may not say. Genitive s is dropped, so
// "Solgårdens" and "Solgården" compare equal.
import { foldedWords } from '../../../lib/locale/fold';

/** Words and phrases (folded) that say what kind of organisation or care it is, not which one. */
export const NOISE_PHRASES: readonly string[] = [
  // Legal forms.
  'aktiebolag',
  'ab',
  'publ',
  'handelsbolag',
  'hb',
  'kommanditbolag',
  'kb',
  'ekonomisk forening',
  'ek for',
  'ideell forening',
  'enskild firma',
  'ef',
  'stiftelse',
  'stiftelsen',
  // The kind of care. Longest first where one phrase holds another.
  'vard och omsorgsboende',
  'vard och omsorgsboendet',
  'omsorgsboende',
  'omsorgsboendet',
  'sarskilt boende',
  'sarskilda boende',
  'sarskilda boendet',
  'sarskilt boendet',
  'sarskilda boenden',
  'sabo',
  'aldreboende',
  'aldreboendet',
  'aldreboenden',
  'vardboende',
  'vardboendet',
  'servicehus',
  'servicehuset',
  'korttidsboende',
  'korttidsboendet',
  'boende',
  'boendet',
  'hemtjanst',
  'hemtjansten',
  'hemtjanstgrupp',
  'hemtjanstgruppen',
  'daglig verksamhet',
  'dagliga verksamheten',
  'gruppbostad',
  'gruppbostaden',
  'servicebostad',
  'servicebostaden',
  // The kommun as a word of its own.
  'kommun',
  'kommuns',
  'kommunen',
  'kommunens',
];

/** Phrases as word lists, longest first, so "vard och omsorgsboende" is taken before "omsorgsboende". */
const PHRASES = NOISE_PHRASES.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

export interface NameCore {
  /** The distinguishing words, folded, genitive s dropped, joined by spaces; may be empty. */
  core: string;
  /** What was taken away, as written, in the order met: for the reason shown to a person. */
  removed: string[];
}

/** "solgardens" -> "solgarden"; short words keep their s ("hus", "ros"). */
function withoutGenitive(word: string): string {
  return word.length >= 5 && word.endsWith('s') ? word.slice(0, -1) : word;
}

/**
 * The distinguishing part of a name. `kommunNames` are the kommun's names as
 * Kolada and the site say them ("Nacka"): "i Nacka kommun", "Nackas" and
 * "Nacka" on its own go.
 */
export function nameCore(name: string, kommunNames: readonly string[] = []): NameCore {
  const kommun = new Set(kommunNames.flatMap((n) => foldedWords(n)).filter(Boolean));
  const words = foldedWords(name);
  // The words as written, for the reason a person reads ("äldreboende", not "aldreboende").
  const written = name
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const shown = (from: number, to: number) => (written.length === words.length ? written : words).slice(from, to).join(' ');
  const kept: string[] = [];
  const removed: string[] = [];
  for (let i = 0; i < words.length; ) {
    // "i <namn> kommun": the words up to "kommun", when at most two.
    if (words[i] === 'i') {
      const end = words.findIndex((w, j) => j > i && j <= i + 3 && /^kommun/.test(w));
      if (end > i) {
        removed.push(shown(i, end + 1));
        i = end + 1;
        continue;
      }
    }
    const phrase = PHRASES.find((p) => p.every((w, k) => words[i + k] === w));
    if (phrase) {
      removed.push(shown(i, i + phrase.length));
      i += phrase.length;
      continue;
    }
    const w = words[i];
    if (kommun.has(w) || (w.endsWith('s') && kommun.has(w.slice(0, -1)))) {
      removed.push(shown(i, i + 1));
      i++;
      continue;
    }
    kept.push(withoutGenitive(w));
    i++;
  }
  return { core: kept.join(' '), removed };
}

/** The name without text in parentheses: "Ekbacken (privat)" -> "Ekbacken". */
export function withoutParentheses(name: string): string {
  return name
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
