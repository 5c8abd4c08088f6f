import { Spinner } from '@comptoir/ui';
import { useId } from 'react';
import { type Chip, ChipList } from './chip-list';
import './search-picker.css';

export interface SearchPickerOption {
  id: string;
  label: string;
  /** A second line, e.g. an email or a handle. */
  description?: string;
}

export interface SearchPickerProps {
  /** The field's name, e.g. "Products"; the search box is "Search products". */
  label: string;
  hint?: string;
  error?: string;
  /** What is chosen, with readable names (the id while a name is loading). */
  selected: readonly Chip[];
  onAdd: (option: SearchPickerOption) => void;
  onRemove: (id: string) => void;
  search: string;
  onSearchChange: (text: string) => void;
  /** Matches of the search (ignored while `search` is empty). */
  results: readonly SearchPickerOption[];
  /** `loading` while matches are asked for; `error` with `errorMessage` when they could not be. */
  status: 'loading' | 'error' | 'ready';
  errorMessage?: string;
  /** Shown when nothing is chosen, e.g. "Every product". */
  noneLabel: string;
}

/**
 * Chooses several things found by a search: the chosen ones as removable chips, a search box, and the matches
 * with an "Add" button each. Where the matches come from is the caller's business (it receives the search).
 */
export function SearchPicker({
  label,
  hint,
  error,
  selected,
  onAdd,
  onRemove,
  search,
  onSearchChange,
  results,
  status,
  errorMessage,
  noneLabel,
}: SearchPickerProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const resultsId = `${id}-results`;
  const chosen = new Set(selected.map((chip) => chip.id));
  const searching = search.trim() !== '';
  const noun = label.toLowerCase();

  return (
    <fieldset
      className={`ad-search-picker ct-field${error ? ' ct-field--invalid' : ''}`}
      aria-describedby={[hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined}
    >
      <legend className="ct-field__label">{label}</legend>
      {hint ? (
        <p className="ct-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {selected.length > 0 ? (
        <ChipList label={`Chosen ${noun}`} chips={selected} onRemove={onRemove} />
      ) : (
        <p className="ad-search-picker__none">{noneLabel}</p>
      )}
      <label className="ct-visually-hidden" htmlFor={`${id}-search`}>
        Search {noun}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        className="ct-input"
        placeholder={`Search ${noun} to add`}
        value={search}
        autoComplete="off"
        aria-controls={resultsId}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onSearchChange(event.target.value)}
      />
      <div id={resultsId} aria-live="polite" className="ad-search-picker__results">
        {!searching ? null : status === 'loading' ? (
          <p className="ad-search-picker__status">
            <Spinner size="sm" /> Searching…
          </p>
        ) : status === 'error' ? (
          <p className="ad-search-picker__status ad-search-picker__status--error">{errorMessage}</p>
        ) : results.length === 0 ? (
          <p className="ad-search-picker__status">Nothing matches “{search.trim()}”.</p>
        ) : (
          <ul className="ad-search-picker__list" aria-label={`Matching ${noun}`}>
            {results.map((option) => (
              <li key={option.id} className="ad-search-picker__option">
                <span className="ad-cell-main">
                  <span>{option.label}</span>
                  {option.description ? <span className="ad-cell-sub">{option.description}</span> : null}
                </span>
                <button
                  type="button"
                  className="ct-button ct-button--secondary ct-button--sm"
                  aria-label={chosen.has(option.id) ? `${option.label} added` : `Add ${option.label}`}
                  disabled={chosen.has(option.id)}
                  onClick={() => onAdd(option)}
                >
                  {chosen.has(option.id) ? 'Added' : 'Add'}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {error ? (
        <p className="ct-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
