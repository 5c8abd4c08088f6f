import type { SelectOption } from '@comptoir/ui';
import { useMemo } from 'react';
import { useRoleList } from '../../features/roles/api/list-roles';
import { describeError } from '../../lib/describe-error';

/** The roles as select options (built-in first), for the employee forms; plus a sentence if they failed. */
export function useRoleOptions(): { options: SelectOption[]; error: string | undefined } {
  const roles = useRoleList();
  const options = useMemo(
    () =>
      [...(roles.data?.items ?? [])]
        .sort((a, b) => Number(b.builtIn) - Number(a.builtIn))
        .map((role) => ({ value: role.id, label: role.name })),
    [roles.data],
  );
  const error = roles.isError ? `The roles could not be loaded: ${describeError(roles.error)}` : undefined;
  return { options, error };
}
