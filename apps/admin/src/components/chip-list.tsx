import './chip-list.css';

export interface Chip {
  id: string;
  label: string;
}

export interface ChipListProps {
  /** Names the list for assistive technology, e.g. "Chosen countries". */
  label: string;
  chips: readonly Chip[];
  onRemove: (id: string) => void;
  disabled?: boolean;
}

/** Chosen items as small pills, each with a button that removes it ("Remove France"). */
export function ChipList({ label, chips, onRemove, disabled = false }: ChipListProps) {
  return (
    <ul className="ad-chip-list" aria-label={label}>
      {chips.map((chip) => (
        <li key={chip.id} className="ad-chip-list__chip">
          <span>{chip.label}</span>
          <button
            type="button"
            className="ad-chip-list__remove"
            aria-label={`Remove ${chip.label}`}
            disabled={disabled}
            onClick={() => onRemove(chip.id)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
