// Picks the dictionary for the site's language. Only Swedish today; English
// would be en.ts with the same shape (typed by Dictionary).
import { sv, type Dictionary } from './sv';

const dictionaries: Record<string, Dictionary> = { sv };

export function dictionary(language = 'sv'): Dictionary {
  return dictionaries[language] ?? sv;
}

export const t = sv;
