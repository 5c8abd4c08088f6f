import { useEffect, useRef } from 'react';

/**
 * After a refused submission (`error` becomes a new truthy value: local checks or the API's answer), focus
 * moves to the first invalid field of the form in `formRef`, the one to fix.
 */
export function useFocusFirstInvalid(error: unknown) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);
  return formRef;
}

/**
 * Focus for a form that opens in place: its first field (`firstFieldRef`) is focused when it mounts, and after a
 * refused submission focus moves to the first invalid field (see `useFocusFirstInvalid`).
 */
export function useFormFocus(error: unknown) {
  const firstFieldRef = useRef<HTMLInputElement>(null);
  useEffect(() => firstFieldRef.current?.focus(), []);
  const formRef = useFocusFirstInvalid(error);
  return { formRef, firstFieldRef };
}
