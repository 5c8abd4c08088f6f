import type { StoreProduct, StoreVariant } from '../api/catalog-types';
import { optionValueState } from '../variant-selection';
import './variant-picker.css';

export interface VariantPickerProps {
  product: Pick<StoreProduct, 'options' | 'variants'>;
  selected: StoreVariant;
  onSelect: (variant: StoreVariant) => void;
}

/**
 * One group of radio buttons per option (Size, Colour…), the other options staying as chosen. Every value
 * stays visible: a value leading to an out-of-stock variant is struck through but can be chosen (to see it
 * is unavailable); one leading to a combination the product does not have is struck through and disabled.
 */
export function VariantPicker({ product, selected, onSelect }: VariantPickerProps) {
  return (
    <div className="sf-variant-picker">
      {product.options.map((option) => (
        <fieldset key={option.name} className="sf-variant-picker__group">
          <legend className="sf-variant-picker__legend">
            {option.name}: <span className="sf-variant-picker__current">{selected.options[option.name]}</span>
          </legend>
          <div className="sf-variant-picker__values">
            {option.values.map((value) => {
              const state = optionValueState(product, selected, option.name, value);
              const checked = selected.options[option.name] === value;
              return (
                <label
                  key={value}
                  className={`sf-variant-picker__value sf-variant-picker__value--${state.status}`}
                >
                  <input
                    type="radio"
                    className="sf-variant-picker__input"
                    name={`option-${option.name}`}
                    value={value}
                    checked={checked}
                    disabled={state.status === 'missing'}
                    onChange={() => {
                      if (state.status !== 'missing') onSelect(state.variant);
                    }}
                  />
                  <span className="sf-variant-picker__text">{value}</span>
                  {state.status === 'unavailable' ? (
                    <span className="ct-visually-hidden"> (out of stock)</span>
                  ) : state.status === 'missing' ? (
                    <span className="ct-visually-hidden"> (not available)</span>
                  ) : null}
                </label>
              );
            })}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
