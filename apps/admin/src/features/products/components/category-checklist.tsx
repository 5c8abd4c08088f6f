import type { CategoryChoice } from '../category-choice';

export interface CategoryChecklistProps {
  categories: readonly CategoryChoice[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  disabled: boolean;
  error?: string;
}

/** The category tree as indented checkboxes: a product may sit in several categories. */
export function CategoryChecklist({
  categories,
  selected,
  onChange,
  disabled,
  error,
}: CategoryChecklistProps) {
  if (categories.length === 0) {
    return (
      <p className="ct-text-muted">There are no categories yet. Create them under Catalog → Categories.</p>
    );
  }
  return (
    <fieldset className="ad-category-checklist" aria-invalid={error ? true : undefined}>
      <legend className="ct-visually-hidden">Categories of the product</legend>
      <ul className="ad-category-checklist__list">
        {categories.map((category) => (
          <li key={category.id} style={{ paddingInlineStart: `${category.depth * 1.5}rem` }}>
            <label className="ad-category-checklist__item">
              <input
                type="checkbox"
                className="ad-checkbox"
                checked={selected.includes(category.id)}
                disabled={disabled}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? [...selected, category.id]
                      : selected.filter((id) => id !== category.id),
                  )
                }
              />
              {category.name}
            </label>
          </li>
        ))}
      </ul>
      {error ? <p className="ct-field__error">{error}</p> : null}
    </fieldset>
  );
}
