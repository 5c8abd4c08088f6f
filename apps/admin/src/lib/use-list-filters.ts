import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useDebouncedSearch } from './use-debounced-value';

export interface ListFiltersOptions<Name extends string> {
  /** A value that is the list's default, removed from the address rather than written (e.g. sort "newest"). */
  isDefault?: (name: Name | 'q', value: string) => boolean;
  /** Called after each filter change (e.g. to drop a selection of rows that may no longer be shown). */
  onFilterChange?: () => void;
}

/**
 * The filters of a list kept in the address (so the back button returns to the same list), with a search box
 * `q` that asks once typing pauses. `setFilter` writes one filter, replacing the history entry; `clearFilters`
 * empties them all; `listSearch` is the address's query as on screen (the search box may be ahead of the
 * debounced `q`), for links that come back to the list.
 */
export function useListFilters<Name extends string>(options: ListFiltersOptions<Name> = {}) {
  const [urlParams, setParams] = useSearchParams();
  // The router applies a new address in a transition, so a controlled checkbox or select bound to it would
  // snap back until that commits. Filters just set are shown at once and forgotten once the address has them.
  const [pending, setPending] = useState<ReadonlyMap<string, string>>(new Map());
  const urlKey = urlParams.toString();
  useEffect(() => setPending(new Map()), [urlKey]);
  const params = new URLSearchParams(urlParams);
  for (const [name, value] of pending) {
    if (value) params.set(name, value);
    else params.delete(name);
  }
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebouncedSearch(search);

  function setFilter(name: Name | 'q', value: string) {
    setPending((previous) => new Map(previous).set(name, value));
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value && !options.isDefault?.(name, value)) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
    options.onFilterChange?.();
  }

  // The search settles into the address once typing pauses (replacing the entry: no history per keystroke).
  const urlQuery = params.get('q') ?? '';
  // Set by `clearFilters`: the emptied search must not be written back with the filters of the render it was
  // cleared in (the address may not have changed yet there, and writing would bring the other filters back).
  const clearing = useRef(false);
  useEffect(() => {
    if (clearing.current) {
      clearing.current = false;
      return;
    }
    if (q !== urlQuery) setFilter('q', q);
  }, [q]);

  function clearFilters() {
    // The search effect runs once more only if the applied search changes (to empty).
    clearing.current = q !== '';
    setSearch('');
    setPending(new Map());
    setParams(new URLSearchParams(), { replace: true });
  }

  const listParams = new URLSearchParams(params);
  if (search.trim()) listParams.set('q', search.trim());
  const listSearch = listParams.size > 0 ? `?${listParams}` : '';

  return { params, search, setSearch, q, setFilter, clearFilters, listSearch };
}
