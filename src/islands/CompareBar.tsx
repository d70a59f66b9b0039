// Shows what is picked for comparison, lets each be removed, and links to the
// comparison page once there are two. Stays at the bottom of the screen while
// the list is in view.
import { fill } from '../i18n/fill';
import type { CitizenStrings } from '../i18n/sv-citizen';
import { MAX_COMPARE, MIN_COMPARE } from '../lib/compare/selection';

interface Props {
  chosen: { id: string; name: string }[];
  href: string;
  message: string;
  strings: CitizenStrings['pick'];
  onRemove: (id: string) => void;
  onClear: () => void;
}

export function CompareBar({ chosen, href, message, strings, onRemove, onClear }: Props) {
  if (chosen.length === 0) return null;
  return (
    <div className="compare-bar" role="region" aria-labelledby="compare-bar-heading">
      <h3 id="compare-bar-heading" className="compare-bar-heading">
        {fill(strings.barCount, { count: chosen.length, max: MAX_COMPARE })}
      </h3>
      <ul className="compare-bar-list">
        {chosen.map((c) => (
          <li key={c.id}>
            <span>{c.name}</span>{' '}
            <button type="button" className="button-link" aria-label={fill(strings.removeLabel, { name: c.name })} onClick={() => onRemove(c.id)}>
              {strings.remove}
            </button>
          </li>
        ))}
      </ul>
      <div className="compare-bar-actions">
        {chosen.length >= MIN_COMPARE ? (
          <a className="button" href={href}>
            {fill(strings.open, { count: chosen.length })}
          </a>
        ) : (
          <p className="compare-bar-hint">{strings.needTwo}</p>
        )}
        <button type="button" className="button-secondary" onClick={onClear}>
          {strings.clear}
        </button>
      </div>
      <p role="status" className="compare-bar-message">
        {message}
      </p>
    </div>
  );
}
