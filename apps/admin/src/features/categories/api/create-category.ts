import { type components, unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { categoryKeys } from './category-keys';

export type NewCategory = components['schemas']['NewCategory'];

/**
 * `POST /admin/categories` (permission `catalog:write`): creates a category (the handle is derived from the name
 * when absent). 400 with field errors; 409 when the handle is taken.
 */
export function createCategory(category: NewCategory) {
  return unwrap(api.POST('/admin/categories', { body: category }));
}

export function createCategoryMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: categoryKeys.create(),
    mutationFn: createCategory,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: categoryKeys.all }),
  });
}

export function useCreateCategory() {
  const queryClient = useQueryClient();
  return useMutation(createCategoryMutationOptions(queryClient));
}
