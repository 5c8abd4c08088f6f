import { SelectField } from '@comptoir/ui';
import { useInfiniteQuery, useQueries } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { SearchPicker, type SearchPickerOption } from '../../components/search-picker';
import { useCategoryTree } from '../../features/categories/api/list-categories';
import { flattenCategoryTree, indentedName } from '../../features/categories/category-tree';
import type {
  ContentPickers,
  MultiPickerProps,
  SinglePickerProps,
} from '../../features/content/components/content-pickers';
import { productQueryOptions } from '../../features/products/api/get-product';
import { productListQueryOptions } from '../../features/products/api/list-products';
import { describeError } from '../../lib/describe-error';
import { useDebouncedSearch } from '../../lib/use-debounced-value';

/**
 * The catalog pickers of the storefront content editors: categories from the categories feature's tree,
 * products searched with the products feature's list (named with its detail, cached). The content feature
 * receives them through `ContentPickersProvider`.
 */

function useCategoryChoices() {
  const tree = useCategoryTree();
  const categories = flattenCategoryTree(tree.data?.items ?? []);
  const status = tree.isPending
    ? 'Loading the categories…'
    : tree.isError
      ? `The categories could not be loaded: ${describeError(tree.error)}`
      : categories.length === 0
        ? 'There are no categories yet. Create them under Catalog → Categories.'
        : undefined;
  return { categories, status };
}

function CategorySelect({ label, hint, value, onChange, error }: SinglePickerProps) {
  const { categories, status } = useCategoryChoices();
  const options = categories.map((category) => ({ value: category.id, label: indentedName(category) }));
  if (value && !categories.some((category) => category.id === value)) {
    options.push({ value, label: `${value} (deleted)` });
  }
  return (
    <SelectField
      label={label}
      hint={status ?? hint}
      placeholder="Choose a category"
      options={options}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    />
  );
}

function CategoriesChecklist({ label, hint, selected, onChange, error }: MultiPickerProps) {
  const { categories, status } = useCategoryChoices();
  const id = useId();
  return (
    <fieldset
      className={`ad-content-checklist ct-field${error ? ' ct-field--invalid' : ''}`}
      aria-describedby={[hint || status ? `${id}-hint` : null, error ? `${id}-error` : null]
        .filter(Boolean)
        .join(' ')}
    >
      <legend className="ct-field__label">{label}</legend>
      {hint || status ? (
        <p className="ct-field__hint" id={`${id}-hint`}>
          {status ?? hint}
        </p>
      ) : null}
      <ul className="ad-content-checklist__list">
        {categories.map((category) => (
          <li key={category.id} style={{ paddingInlineStart: `${category.depth * 1.25}rem` }}>
            <label className="ad-content-checklist__item">
              <input
                type="checkbox"
                checked={selected.includes(category.id)}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? [...selected, category.id]
                      : selected.filter((chosen) => chosen !== category.id),
                  )
                }
              />
              {category.name}
            </label>
          </li>
        ))}
      </ul>
      {error ? (
        <p className="ct-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Product search with names for the chosen ids (remembered when picked, else read from their details). */
function useProductSearch(selected: readonly string[]) {
  const [search, setSearch] = useState('');
  const q = useDebouncedSearch(search);
  const [known, setKnown] = useState<ReadonlyMap<string, string>>(new Map());
  const results = useInfiniteQuery({
    ...productListQueryOptions({ q, status: '', category: '', stock: '', sort: 'title_asc' }),
    enabled: q !== '',
  });
  const details = useQueries({
    queries: selected
      .filter((id) => id && !known.has(id))
      .map((id) => ({ ...productQueryOptions(id), retry: false })),
  });
  const names = new Map(known);
  const missing = selected.filter((id) => id && !known.has(id));
  details.forEach((detail, index) => {
    if (detail.data) names.set(detail.data.id, detail.data.title);
    // A product deleted since it was chosen: say so rather than show a bare id.
    else if (detail.isError && missing[index]) names.set(missing[index], `${missing[index]} (not found)`);
  });
  const options: SearchPickerOption[] = (results.data?.pages[0]?.items ?? []).map((product) => ({
    id: product.id,
    label: product.title,
    description: product.handle,
  }));
  const status: 'loading' | 'error' | 'ready' = results.isError
    ? 'error'
    : results.isPending || q !== search.trim()
      ? 'loading'
      : 'ready';
  return {
    search,
    setSearch,
    options,
    status,
    errorMessage: results.isError ? describeError(results.error) : undefined,
    chips: selected.filter(Boolean).map((id) => ({ id, label: names.get(id) ?? id })),
    remember: (option: SearchPickerOption) =>
      setKnown((previous) => new Map(previous).set(option.id, option.label)),
  };
}

function ProductsPicker({ label, hint, selected, onChange, error }: MultiPickerProps) {
  const picker = useProductSearch(selected);
  return (
    <SearchPicker
      label={label}
      hint={hint}
      error={error}
      noneLabel="No products chosen yet."
      selected={picker.chips}
      onAdd={(option) => {
        picker.remember(option);
        onChange([...selected, option.id]);
      }}
      onRemove={(id) => onChange(selected.filter((chosen) => chosen !== id))}
      search={picker.search}
      onSearchChange={picker.setSearch}
      results={picker.options}
      status={picker.status}
      errorMessage={picker.errorMessage}
    />
  );
}

function ProductPicker({ label, hint, value, onChange, error }: SinglePickerProps) {
  const picker = useProductSearch(value ? [value] : []);
  return (
    <SearchPicker
      label={label}
      hint={hint ?? 'Search, then add the product (it replaces the one chosen).'}
      error={error}
      noneLabel="No product chosen yet."
      selected={picker.chips}
      onAdd={(option) => {
        picker.remember(option);
        onChange(option.id);
      }}
      onRemove={() => onChange('')}
      search={picker.search}
      onSearchChange={picker.setSearch}
      results={picker.options}
      status={picker.status}
      errorMessage={picker.errorMessage}
    />
  );
}

/** What the content routes give `ContentPickersProvider`. */
export const contentPickers: ContentPickers = {
  category: (props) => <CategorySelect {...props} />,
  categories: (props) => <CategoriesChecklist {...props} />,
  product: (props) => <ProductPicker {...props} />,
  products: (props) => <ProductsPicker {...props} />,
};
