/** Every table of every module, for drizzle-kit and the database client. Modules own their tables. */
export * from '../modules/api-keys/api-keys.tables';
export * from '../modules/audit/audit.tables';
export * from '../modules/carts/carts.tables';
export * from '../modules/catalog/catalog.tables';
export * from '../modules/customers/customers.tables';
export * from '../modules/documents/documents.tables';
export * from '../modules/employees/employees.tables';
export * from '../modules/employees/saved-views.tables';
export * from '../modules/idempotency/idempotency.tables';
export * from '../modules/mail/mail.tables';
export * from '../modules/messages/messages.tables';
export * from '../modules/orders/orders.tables';
export * from '../modules/orders/returns.tables';
export * from '../modules/pricing/pricing.tables';
export * from '../modules/sessions/sessions.tables';
export * from '../modules/settings/settings.tables';
export * from '../modules/webhooks/webhooks.tables';
