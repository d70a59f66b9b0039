// The words of a search that were read as filters, each a button that removes
// it (takes its words out of the search field). After a removal the focus
// stays in the list, on the next button, or goes back to the search field.
import { useLayoutEffect, useRef } from 'react';
import { fill } from '../i18n/fill';
import type { CitizenStrings } from '../i18n/sv-citizen';
import { withoutTerms, type QueryReading } from '../lib/search/query-terms';
import { termLabel } from '../lib/search/term-label';

interface Props {
  id: string;
  reading: QueryReading;
  /** The search field, which gets the focus when the last filter is removed. */
  inputId: string;
  strings: CitizenStrings['terms'];
  onChange: (query: string) => void;
}

export function SearchTermChips({ id, reading, inputId, strings, onChange }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const focusAt = useRef<number | undefined>(undefined);
  // After every render: the one after a removal finds focusAt set.
  useLayoutEffect(() => {
    const at = focusAt.current;
    if (at === undefined) return;
    focusAt.current = undefined;
    const buttons = list.current?.querySelectorAll('button');
    const next = buttons?.[Math.min(at, buttons.length - 1)];
    (next ?? document.getElementById(inputId))?.focus();
  });

  if (reading.terms.length === 0) return null;
  const remove = (index: number) => {
    if (reading.terms.length === 1) document.getElementById(inputId)?.focus();
    else focusAt.current = index;
    onChange(withoutTerms(reading, [reading.terms[index]]));
  };
  return (
    <div className="search-terms">
      <p id={`${id}-lead`} className="search-terms-lead">
        {strings.lead}
      </p>
      <ul ref={list} className="search-terms-list" aria-labelledby={`${id}-lead`}>
        {reading.terms.map((term, i) => {
          const label = termLabel(term, strings);
          return (
            <li key={term.tokens.join(',')}>
              <button type="button" className="search-term" aria-label={fill(strings.remove, { label })} onClick={() => remove(i)}>
                {label} <span aria-hidden="true">×</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
