import { Button, TextField } from '@comptoir/ui';
import { type KeyboardEvent, useId, useState } from 'react';
import { errorUnder } from '../product-form-errors';
import { newOptionDraft } from '../product-form-values';
import type { OptionDraft } from '../variant-matrix';

export const maxOptions = 3;

interface ValuesInputProps {
  option: OptionDraft;
  onChange: (values: string[]) => void;
  error?: string;
  disabled: boolean;
}

/** An option's values as chips; Enter or a comma adds the typed value, each chip has a remove button. */
function ValuesInput({ option, onChange, error, disabled }: ValuesInputProps) {
  const [draft, setDraft] = useState('');
  const [duplicate, setDuplicate] = useState(false);
  const id = useId();
  const name = option.name.trim() || 'this option';

  function add() {
    const values = draft
      .split(',')
      .map((value) => value.trim())
      .filter(Boolean);
    if (values.length === 0) return;
    const fresh = values.filter((value) => !option.values.includes(value));
    setDuplicate(fresh.length < values.length);
    if (fresh.length > 0) onChange([...option.values, ...new Set(fresh)]);
    setDraft('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && draft === '' && option.values.length > 0) {
      onChange(option.values.slice(0, -1));
    }
  }

  return (
    <div className="ad-chips-field">
      <ul className="ad-chips" aria-label={`Values of ${name}`}>
        {option.values.map((value) => (
          <li key={value} className="ad-chip">
            <span>{value}</span>
            {disabled ? null : (
              <button
                type="button"
                className="ad-chip__remove"
                aria-label={`Remove ${value} from ${name}`}
                onClick={() => onChange(option.values.filter((candidate) => candidate !== value))}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {disabled ? null : (
        <div className="ad-chips-field__add">
          <TextField
            id={id}
            label={`Add a value to ${name}`}
            hint="Press Enter after each value (or separate them with commas)."
            value={draft}
            onChange={(event) => {
              setDraft(event.target.value);
              setDuplicate(false);
            }}
            onKeyDown={onKeyDown}
            error={duplicate ? 'This value is already there.' : error}
          />
          <Button variant="secondary" onClick={add} disabled={draft.trim() === ''}>
            Add value
          </Button>
        </div>
      )}
    </div>
  );
}

export interface OptionsEditorProps {
  options: OptionDraft[];
  onChange: (options: OptionDraft[]) => void;
  /** Field errors by path (`options.1.name`, …). */
  errors: Record<string, string>;
  disabled: boolean;
}

/** Up to three options (e.g. Size, Color), each a name and its values; the variants matrix follows them. */
export function OptionsEditor({ options, onChange, errors, disabled }: OptionsEditorProps) {
  function update(index: number, change: Partial<OptionDraft>) {
    onChange(options.map((option, at) => (at === index ? { ...option, ...change } : option)));
  }

  return (
    <div className="ad-options">
      {options.length === 0 ? (
        <p className="ct-text-muted">
          No options: the product is sold as a single variant. Add an option such as Size or Color to sell it
          in several.
        </p>
      ) : null}
      {options.map((option, index) => (
        <fieldset key={option.key} className="ad-option">
          <legend className="ad-option__legend">Option {index + 1}</legend>
          <div className="ad-option__name">
            <TextField
              label="Option name"
              placeholder="e.g. Size"
              value={option.name}
              disabled={disabled}
              onChange={(event) => update(index, { name: event.target.value })}
              error={errors[`options.${index}.name`]}
            />
            {disabled ? null : (
              <Button
                variant="ghost"
                onClick={() => onChange(options.filter((_, at) => at !== index))}
                aria-label={`Remove option ${option.name.trim() || index + 1}`}
              >
                Remove option
              </Button>
            )}
          </div>
          <ValuesInput
            option={option}
            disabled={disabled}
            onChange={(values) => update(index, { values })}
            error={errorUnder(errors, `options.${index}.values`) ?? errors[`options.${index}`]}
          />
        </fieldset>
      ))}
      {disabled || options.length >= maxOptions ? null : (
        <div>
          <Button variant="secondary" onClick={() => onChange([...options, newOptionDraft()])}>
            Add option
          </Button>
        </div>
      )}
      {options.length >= maxOptions && !disabled ? (
        <p className="ct-text-muted">A product has at most {maxOptions} options.</p>
      ) : null}
    </div>
  );
}
