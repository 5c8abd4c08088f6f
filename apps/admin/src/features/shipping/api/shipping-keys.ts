/** Query keys of the shipping feature; every change to a zone or a method invalidates `all`. */
export const shippingKeys = {
  all: ['shipping'] as const,
  zones: () => [...shippingKeys.all, 'zones'] as const,
  createZone: () => [...shippingKeys.all, 'create-zone'] as const,
  updateZone: () => [...shippingKeys.all, 'update-zone'] as const,
  deleteZone: () => [...shippingKeys.all, 'delete-zone'] as const,
  createMethod: () => [...shippingKeys.all, 'create-method'] as const,
  updateMethod: () => [...shippingKeys.all, 'update-method'] as const,
  deleteMethod: () => [...shippingKeys.all, 'delete-method'] as const,
};
