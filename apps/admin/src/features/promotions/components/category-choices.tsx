import { ChoiceFieldset } from './choice-fieldset';
import type { PromotionCategoryChoice } from './promotion-form-fields';

/** The categories as checkboxes, indented by depth. */
export function CategoryChoices({
  categories,
  emptyNote,
  selected,
  onChange,
  error,
}: {
  categories: readonly PromotionCategoryChoice[];
  emptyNote: string;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}) {
  return (
    <ChoiceFieldset legend="Categories" error={error}>
      <p className="ct-field__hint">
        Products in these categories (and their sub-categories) are discounted.
      </p>
      {categories.length === 0 ? (
        <p className="ct-text-muted">{emptyNote}</p>
      ) : (
        <ul className="ad-promotion-form__categories">
          {categories.map((category) => (
            <li key={category.id} style={{ paddingInlineStart: `${category.depth * 1.5}rem` }}>
              <label className="ad-choice-group__option">
                <input
                  type="checkbox"
                  checked={selected.includes(category.id)}
                  onChange={(event) =>
                    onChange(
                      event.target.checked
                        ? [...selected, category.id]
                        : selected.filter((id) => id !== category.id),
                    )
                  }
                />
                <span>{category.name}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </ChoiceFieldset>
  );
}
