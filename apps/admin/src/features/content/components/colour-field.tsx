import { TextField } from '@comptoir/ui';
import { isHexColour } from '../contrast';

export interface ColourFieldProps {
  /** The hex field's label, e.g. "Primary colour". */
  label: string;
  /** The native colour picker's name; must not repeat `label` (a search by label then finds one field). */
  pickerLabel: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** A colour as a native picker and its `#rrggbb` text, kept in step (either may be used). */
export function ColourField({ label, pickerLabel, hint, value, onChange, error }: ColourFieldProps) {
  return (
    <div className="ad-colour-field">
      <input
        type="color"
        className="ad-colour-field__picker"
        aria-label={pickerLabel}
        // The picker needs a valid colour; while the text is half typed it keeps the last valid one.
        value={isHexColour(value) ? value.toLowerCase() : '#000000'}
        onChange={(event) => onChange(event.target.value)}
      />
      <TextField
        label={label}
        className="ad-colour-field__text"
        hint={hint}
        value={value}
        maxLength={7}
        spellCheck={false}
        autoComplete="off"
        placeholder="#1d4ed8"
        onChange={(event) => onChange(event.target.value)}
        error={error ?? (value !== '' && !isHexColour(value) ? 'Use a colour written #rrggbb.' : undefined)}
      />
    </div>
  );
}
