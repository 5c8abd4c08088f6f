import type { components } from '@comptoir/sdk';

/** The conversation shapes of the Store API, named from the SDK's generated schemas. */
type Schemas = components['schemas'];

export type Thread = Schemas['StoreThread'];
export type ThreadMessage = Thread['messages'][number];
export type ThreadStatus = Thread['status'];
export type ThreadSummary = Schemas['StoreThreadSummary'];
export type ThreadPage = Schemas['StoreThreadList'];
export type ContactRequest = Schemas['ContactRequestInput'];
export type OrderQuestion = Schemas['OrderThreadRequestInput'];

/**
 * How the customer reached a conversation: signed in (their own, bearer token) or through the link emailed to
 * a guest (its `token`). Replies go through the same door.
 */
export type ThreadAccess = { kind: 'mine' } | { kind: 'guest'; token: string };

/** The longest subject and message the API takes. */
export const subjectMaxLength = 200;
export const messageMaxLength = 5000;
