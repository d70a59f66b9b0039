// The "Jämför" checkbox in a card. Rendered into the card's empty slot by the
// list island, so it exists only when comparing can work.
import { memo } from 'react';

interface Props {
  id: string;
  name: string;
  label: string;
  checked: boolean;
  onToggle: (id: string) => void;
}

export const ComparePick = memo(function ComparePick({ id, name, label, checked, onToggle }: Props) {
  const inputId = `jamfor-${id}`;
  return (
    <div className="compare-pick">
      <input type="checkbox" id={inputId} checked={checked} onChange={() => onToggle(id)} />
      <label htmlFor={inputId}>
        {label}
        <span className="visually-hidden"> {name}</span>
      </label>
    </div>
  );
});
