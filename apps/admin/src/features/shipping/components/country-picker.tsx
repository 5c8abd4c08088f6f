import { useId, useState } from 'react';
import { ChipList } from '../../../components/chip-list';
import { countries, countryName, searchCountries } from '../../../lib/countries';

export interface CountryPickerProps {
  label: string;
  selected: readonly string[];
  onChange: (codes: string[]) => void;
  /** Countries already in another zone, with that zone's name (shown next to them; the API refuses them). */
  takenBy?: ReadonlyMap<string, string>;
  hint?: string;
  error?: string;
  disabled?: boolean;
}

/**
 * Several countries chosen from the full ISO list: a search box filters a list of checkboxes, and the chosen
 * ones show above as removable chips.
 */
export function CountryPicker({
  label,
  selected,
  onChange,
  takenBy,
  hint,
  error,
  disabled = false,
}: CountryPickerProps) {
  const [search, setSearch] = useState('');
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const listId = `${id}-list`;
  const matches = searchCountries(search, countries);
  const chosen = new Set(selected);

  function toggle(code: string, checked: boolean) {
    onChange(checked ? [...selected, code] : selected.filter((item) => item !== code));
  }

  return (
    <fieldset
      className={`ad-country-picker ct-field${error ? ' ct-field--invalid' : ''}`}
      aria-describedby={[hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined}
    >
      <legend className="ct-field__label">{label}</legend>
      {hint ? (
        <p className="ct-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {selected.length > 0 ? (
        <ChipList
          label={`Chosen ${label.toLowerCase()}`}
          chips={selected.map((code) => ({ id: code, label: countryName(code) }))}
          onRemove={(code) => toggle(code, false)}
          disabled={disabled}
        />
      ) : (
        <p className="ct-text-muted ad-country-picker__none">No country chosen yet.</p>
      )}
      <label className="ct-visually-hidden" htmlFor={`${id}-search`}>
        Search countries
      </label>
      <input
        id={`${id}-search`}
        type="search"
        className="ct-input"
        placeholder="Search countries"
        value={search}
        disabled={disabled}
        aria-controls={listId}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => setSearch(event.target.value)}
      />
      <ul id={listId} className="ad-country-picker__list" aria-label="Countries to choose from">
        {matches.length === 0 ? (
          <li className="ct-text-muted">No country matches “{search.trim()}”.</li>
        ) : null}
        {matches.map((country) => {
          const otherZone = takenBy?.get(country.code);
          return (
            <li key={country.code}>
              <label className="ad-country-picker__option">
                <input
                  type="checkbox"
                  className="ad-country-picker__checkbox"
                  checked={chosen.has(country.code)}
                  disabled={disabled}
                  onChange={(event) => toggle(country.code, event.target.checked)}
                />
                <span>
                  {country.name} <span className="ad-cell-sub">{country.code}</span>
                  {otherZone ? <span className="ad-cell-sub"> · in zone “{otherZone}”</span> : null}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {error ? (
        <p className="ct-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
