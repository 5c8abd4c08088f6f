/** The events an endpoint can subscribe to, with what each means (also served by GET /admin/webhooks/event-types). */
export const webhookEventDescriptions = {
  'order.created': 'An order was placed at checkout.',
  'order.paid': 'An order’s payment was captured or recorded as received.',
  'order.fulfilled': 'Everything in an order has shipped.',
  'order.cancelled': 'An order was cancelled.',
  'order.refunded': 'Money was refunded on an order (once per refund).',
  'product.created': 'A product was created (or duplicated).',
  'product.updated': 'A product, its variants, prices or stock changed.',
  'product.deleted': 'A product was deleted.',
  'inventory.low': 'A tracked variant’s stock fell to or below its low-stock threshold.',
  'customer.created': 'A customer registered an account.',
  'return.requested': 'A customer asked to return items.',
  'webhook.ping': 'A test event sent from the back-office (not subscribable).',
} as const;

export type WebhookEventType = keyof typeof webhookEventDescriptions;

/** Every event type, `webhook.ping` included. */
export const webhookEventTypes = Object.keys(webhookEventDescriptions) as [
  WebhookEventType,
  ...WebhookEventType[],
];

/** The types an endpoint may subscribe to (all but `webhook.ping`, which goes to one endpoint on demand). */
export type SubscribableEventType = Exclude<WebhookEventType, 'webhook.ping'>;
export const subscribableEventTypes = webhookEventTypes.filter(
  (type): type is SubscribableEventType => type !== 'webhook.ping',
) as [SubscribableEventType, ...SubscribableEventType[]];
