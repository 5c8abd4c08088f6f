import { useInfiniteQuery, useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { SearchPicker, type SearchPickerOption } from '../../components/search-picker';
import { customerQueryOptions } from '../../features/customers/api/get-customer';
import { customerListQueryOptions } from '../../features/customers/api/list-customers';
import { productQueryOptions } from '../../features/products/api/get-product';
import { productListQueryOptions } from '../../features/products/api/list-products';
import type { PickerSlotProps } from '../../features/promotions/components/promotion-form';
import { describeError } from '../../lib/describe-error';
import { useDebouncedSearch } from '../../lib/use-debounced-value';

/**
 * The product and customer pickers of the promotion form: the promotions feature gives the chosen ids, these
 * search with the products and customers features' list operations and name the chosen ones with their detail
 * operations (cached, so a chosen product is asked for once).
 */

/** The search box's text, the debounced text to search for, and names for ids picked earlier this session. */
function usePickerSearch() {
  const [search, setSearch] = useState('');
  const q = useDebouncedSearch(search);
  // Known names keep a chip from flashing its id before its detail loads.
  const [known, setKnown] = useState<ReadonlyMap<string, string>>(new Map());
  return {
    search,
    setSearch,
    q,
    known,
    remember: (option: SearchPickerOption) =>
      setKnown((previous) => new Map(previous).set(option.id, option.label)),
  };
}

type PickerSearch = ReturnType<typeof usePickerSearch>;

interface ChosenIdsPickerProps extends PickerSlotProps {
  noneLabel: string;
  picker: PickerSearch;
  /** Names of the chosen ids known so far; an id without one is shown as is. */
  names: ReadonlyMap<string, string>;
  results: { isError: boolean; isPending: boolean; error: unknown };
  options: SearchPickerOption[];
}

/** A `SearchPicker` over a list of chosen ids, searching with `picker` and naming the chips with `names`. */
function ChosenIdsPicker({
  label,
  hint,
  selected,
  onChange,
  error,
  noneLabel,
  picker,
  names,
  results,
  options,
}: ChosenIdsPickerProps) {
  return (
    <SearchPicker
      label={label}
      hint={hint}
      error={error}
      noneLabel={noneLabel}
      selected={selected.map((id) => ({ id, label: names.get(id) ?? id }))}
      onAdd={(option) => {
        picker.remember(option);
        onChange([...selected, option.id]);
      }}
      onRemove={(id) => onChange(selected.filter((item) => item !== id))}
      search={picker.search}
      onSearchChange={picker.setSearch}
      results={options}
      status={
        results.isError
          ? 'error'
          : results.isPending || picker.q !== picker.search.trim()
            ? 'loading'
            : 'ready'
      }
      errorMessage={results.isError ? describeError(results.error) : undefined}
    />
  );
}

export function ProductPicker(props: PickerSlotProps) {
  const picker = usePickerSearch();
  const { q, known } = picker;
  const results = useInfiniteQuery({
    ...productListQueryOptions({ q, status: '', category: '', stock: '', sort: 'title_asc' }),
    enabled: q !== '',
  });
  const details = useQueries({
    queries: props.selected
      .filter((id) => !known.has(id))
      .map((id) => ({ ...productQueryOptions(id), retry: false })),
  });
  const names = new Map(known);
  for (const detail of details) if (detail.data) names.set(detail.data.id, detail.data.title);
  const options: SearchPickerOption[] = (results.data?.pages[0]?.items ?? []).map((product) => ({
    id: product.id,
    label: product.title,
    description: product.handle,
  }));
  return (
    <ChosenIdsPicker
      {...props}
      noneLabel="Every product."
      picker={picker}
      names={names}
      results={results}
      options={options}
    />
  );
}

export function CustomerPicker(props: PickerSlotProps) {
  const picker = usePickerSearch();
  const { q, known } = picker;
  const results = useInfiniteQuery({
    ...customerListQueryOptions({ q, status: '' }),
    enabled: q !== '',
  });
  const details = useQueries({
    queries: props.selected
      .filter((id) => !known.has(id))
      .map((id) => ({ ...customerQueryOptions(id), retry: false })),
  });
  const names = new Map(known);
  for (const detail of details) {
    if (detail.data) names.set(detail.data.id, customerLabel(detail.data));
  }
  const options: SearchPickerOption[] = (results.data?.pages[0]?.items ?? []).map((customer) => ({
    id: customer.id,
    label: customerLabel(customer),
    description: customer.email,
  }));
  return (
    <ChosenIdsPicker
      {...props}
      noneLabel="Every customer."
      picker={picker}
      names={names}
      results={results}
      options={options}
    />
  );
}

function customerLabel(customer: {
  firstName: string | null;
  lastName: string | null;
  email: string;
}): string {
  const name = [customer.firstName, customer.lastName].filter(Boolean).join(' ');
  return name || customer.email;
}
