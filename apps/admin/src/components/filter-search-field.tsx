import { TextField } from '@comptoir/ui';

export interface FilterSearchFieldProps {
  /** e.g. "Search customers". */
  label: string;
  /** What it matches, e.g. "Name or email". */
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
}

/** The search box at the head of a list's filters. */
export function FilterSearchField({ label, placeholder, value, onChange }: FilterSearchFieldProps) {
  return (
    <TextField
      className="ad-filters__search"
      label={label}
      type="search"
      placeholder={placeholder}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
