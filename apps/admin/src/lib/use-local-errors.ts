import { useState } from 'react';

/** What a form's own check makes of its values: the API input, or the errors to show instead of sending. */
export type CheckedInput<TInput, TErrors> =
  | { input: TInput; errors: null }
  | { input: null; errors: TErrors };

/**
 * Errors a form finds itself before sending, kept apart from the API's. `accept(result)` gives the input to
 * send, or null after showing `result.errors` (and dropping the previous API error, now out of date).
 */
export function useLocalErrors<TErrors>(mutation: { reset: () => void }) {
  const [localErrors, setLocalErrors] = useState<TErrors | null>(null);

  function accept<TInput>(result: CheckedInput<TInput, TErrors>): TInput | null {
    if (result.errors !== null) {
      mutation.reset();
      setLocalErrors(result.errors);
      return null;
    }
    setLocalErrors(null);
    return result.input;
  }

  return { localErrors, accept };
}
