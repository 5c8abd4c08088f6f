import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RequestBody } from '../../../lib/api-types';
import { contentKeys } from './content-keys';
import type { MenuKey } from './get-navigation';

export type MenuUpdate = RequestBody<'/admin/content/navigation/{menu}', 'put'>;

/**
 * `PUT /admin/content/navigation/:menu` (permission `content:write`): replaces the header or footer menu; it is
 * live at once (no draft). 400 with errors on `items.N[.children.M].…` (unknown targets, unsafe URLs,
 * repeated ids); 409 `version_conflict`.
 */
export function saveMenu({ menu, update }: { menu: MenuKey; update: MenuUpdate }) {
  return unwrap(api.PUT('/admin/content/navigation/{menu}', { params: { path: { menu } }, body: update }));
}

export function saveMenuMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: contentKeys.saveMenu(),
    mutationFn: saveMenu,
    onSuccess: (saved) =>
      queryClient.setQueryData(
        contentKeys.navigation(),
        (previous: { menus: (typeof saved)[] } | undefined) =>
          previous
            ? { menus: previous.menus.map((menu) => (menu.key === saved.key ? saved : menu)) }
            : { menus: [saved] },
      ),
  });
}

export function useSaveMenu() {
  const queryClient = useQueryClient();
  return useMutation(saveMenuMutationOptions(queryClient));
}
