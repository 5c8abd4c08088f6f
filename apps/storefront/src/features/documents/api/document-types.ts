import type { components } from '@comptoir/sdk';

type Schemas = components['schemas'];

export type OrderDocuments = Schemas['StoreOrderDocuments'];
export type InvoiceSummary = Schemas['InvoiceSummary'];
export type CreditNoteSummary = Schemas['CreditNoteSummary'];

/** A downloaded PDF and the name to save it under. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}
