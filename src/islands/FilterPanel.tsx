// The filters of a service's list: one group of checkboxes per filter, each
// value with how many it would show. A disclosure, so the list stays in view on a phone.
import { useState } from 'react';
import { fill } from '../i18n/fill';
import type { CitizenStrings } from '../i18n/sv-citizen';
import { filterGroups, hasFilters, type FilterCounts, type FilterGroup, type Filters } from '../lib/choice-list/filters';
import { formatNumber } from '../lib/locale/format';

export interface FilterOption {
  id: string;
  name: string;
}

interface Props {
  options: Record<FilterGroup, FilterOption[]>;
  filters: Filters;
  counts: FilterCounts;
  strings: CitizenStrings['finder'];
  onChange: (next: Filters) => void;
}

export function FilterPanel({ options, filters, counts, strings, onChange }: Props) {
  const [open, setOpen] = useState(hasFilters(filters));
  const active = filterGroups.reduce((n, g) => n + filters[g].length, 0) + (filters.acceptsNew ? 1 : 0);
  const toggle = (group: FilterGroup, id: string) => {
    const values = filters[group].includes(id) ? filters[group].filter((v) => v !== id) : [...filters[group], id];
    onChange({ ...filters, [group]: values });
  };
  const count = (n: number | undefined) => fill(strings.countSuffix, { count: formatNumber(n ?? 0, 0) });
  return (
    <details className="filters" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {strings.filtersSummary}
        {active > 0 && <span className="filters-active"> ({fill(strings.filtersActive, { count: active })})</span>}
      </summary>
      <div className="filter-groups">
        {filterGroups
          .filter((g) => options[g].length > 0)
          .map((group) => (
            <fieldset key={group} className="filter-group">
              <legend>{strings.groups[group]}</legend>
              <ul>
                {options[group].map((o) => {
                  const id = `filter-${group}-${o.id}`;
                  return (
                    <li key={o.id}>
                      <input type="checkbox" id={id} checked={filters[group].includes(o.id)} onChange={() => toggle(group, o.id)} />
                      <label htmlFor={id}>
                        {o.name} <span className="filter-count">{count(counts[group].get(o.id))}</span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          ))}
        <fieldset className="filter-group">
          <legend>{strings.capacity}</legend>
          <ul>
            <li>
              <input
                type="checkbox"
                id="filter-accepts-new"
                checked={filters.acceptsNew}
                onChange={() => onChange({ ...filters, acceptsNew: !filters.acceptsNew })}
              />
              <label htmlFor="filter-accepts-new">
                {strings.acceptsNew} <span className="filter-count">{count(counts.acceptsNew)}</span>
              </label>
            </li>
          </ul>
        </fieldset>
      </div>
      {active > 0 && (
        <button
          type="button"
          className="button-secondary"
          onClick={() => onChange({ areas: [], languages: [], profiles: [], ownership: [], acceptsNew: false })}
        >
          {strings.clearFilters}
        </button>
      )}
    </details>
  );
}
