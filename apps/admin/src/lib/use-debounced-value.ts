import { useEffect, useState } from 'react';

/**
 * `value`, once it has stopped changing for `delayMs`: a search box asks the API after the employee pauses
 * typing, not on every key.
 */
export function useDebouncedValue<T>(value: T, delayMs = 300): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/**
 * The trimmed search text to send, once typing pauses; clearing the box applies at once (so "Clear filters"
 * never sends the old text with the new filters).
 */
export function useDebouncedSearch(text: string, delayMs = 300): string {
  const trimmed = text.trim();
  const debounced = useDebouncedValue(trimmed, delayMs);
  return trimmed === '' ? '' : debounced;
}
