import { useState } from 'react';

/**
 * A control's value that follows `value` (read from the URL) but shows a change at once: the URL update that
 * a filter makes renders in a transition, and a controlled checkbox would otherwise flip back until it lands.
 */
export function usePendingValue<T>(value: T): [T, (next: T) => void] {
  const [shown, setShown] = useState(value);
  const [source, setSource] = useState(value);
  if (!Object.is(source, value)) {
    setSource(value);
    setShown(value);
  }
  return [shown, setShown];
}
