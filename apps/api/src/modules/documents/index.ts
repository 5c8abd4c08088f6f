export { issueCreditNote, issueInvoice } from './documents.service';
