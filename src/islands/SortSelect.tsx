// Sort by best match, by name or by any indicator (better value first offered first).
import { fill } from '../i18n/fill';
import type { CitizenStrings } from '../i18n/sv-citizen';
import { parseSort, sortParam, type SortChoice } from '../lib/choice-list/list-state';
import type { SearchIndicator } from '../lib/search/search-data';
import { betterFirst, type SortDirection } from '../lib/choice-list/sort';

interface Props {
  id: string;
  sort: SortChoice;
  searching: boolean;
  indicators: SearchIndicator[];
  strings: { sortLabel: string; sortRelevance: string; sortName: string; sortHighest: string; sortLowest: string; sortNote: string };
  onChange: (sort: SortChoice) => void;
}

export function indicatorSortOptions(indicators: SearchIndicator[], strings: Pick<CitizenStrings['finder'], 'sortHighest' | 'sortLowest'>) {
  return indicators.flatMap((i) => {
    const first = betterFirst(i.better);
    const second: SortDirection = first === 'highest-first' ? 'lowest-first' : 'highest-first';
    return [first, second].map((direction: SortDirection) => ({
      value: sortParam({ by: 'indicator', id: i.id, direction }),
      label: fill(direction === 'highest-first' ? strings.sortHighest : strings.sortLowest, { name: i.name }),
    }));
  });
}

export function SortSelect({ id, sort, searching, indicators, strings, onChange }: Props) {
  const hintId = `${id}-hint`;
  return (
    <div className="finder-sort">
      <label htmlFor={id}>{strings.sortLabel}</label>
      <select
        id={id}
        value={sortParam(sort)}
        aria-describedby={indicators.length ? hintId : undefined}
        onChange={(e) => onChange(parseSort(e.currentTarget.value) ?? { by: 'name' })}
      >
        {searching && <option value="traff">{strings.sortRelevance}</option>}
        <option value="namn">{strings.sortName}</option>
        {indicatorSortOptions(indicators, strings).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {indicators.length > 0 && (
        <p id={hintId} className="hint">
          {strings.sortNote}
        </p>
      )}
    </div>
  );
}
