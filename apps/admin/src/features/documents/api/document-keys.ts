/** Query keys of the documents feature: an order's documents list, refetched after payment, refund, cancel. */
export const documentKeys = {
  all: ['documents'] as const,
  /**
   * `revision` changes with what issues documents (the order's payment status, its refunds): the list is then
   * fetched afresh, whichever screen or dialog made the change.
   */
  orderDocuments: (orderId: string, revision: string) =>
    [...documentKeys.all, 'order', orderId, { revision }] as const,
  download: () => [...documentKeys.all, 'download'] as const,
};
