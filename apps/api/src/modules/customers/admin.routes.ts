import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { setCustomerAccountStatus } from '../../flows/customer-auth.flow';
import { type CsvValue, csvResponse, csvStream, sendCsv } from '../../shared/csv';
import { listQueryFields, pageSchema } from '../../shared/pagination';
import { problemResponses } from '../../shared/problem';
import { adminSecurity } from '../../shared/security-schemes';
import { addressSchema } from './customers.schemas';
import { getCustomerDetail, iterateCustomers, listCustomers } from './customers.service';
import type { CustomerRow } from './customers.tables';

const status = z.enum(['active', 'disabled']);
const summaryFields = {
  id: z.string(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  status,
  createdAt: z.iso.datetime(),
};
const customerSummarySchema = z.object(summaryFields).meta({ id: 'CustomerSummary' });
const customerDetailSchema = z
  .object({ ...summaryFields, phone: z.string().nullable(), addresses: z.array(addressSchema) })
  .meta({ id: 'CustomerDetail' });

const customerPageSchema = pageSchema(customerSummarySchema, 'CustomerPage');

const customerStatusUpdateSchema = z
  .strictObject({ status })
  .meta({ id: 'CustomerStatusUpdate', examples: [{ status: 'disabled' }] });

const customerFilterSchema = z.object({
  q: z.string().trim().max(100).optional(),
  status: status.optional(),
});

async function* customerCsvBatches(batches: AsyncIterable<CustomerRow[]>): AsyncGenerator<CsvValue[][]> {
  for await (const batch of batches)
    yield batch.map((row) => [
      row.id,
      row.email,
      row.firstName,
      row.lastName,
      row.phone,
      row.status,
      row.createdAt.toISOString(),
    ]);
}

const tags = ['Admin: customers'];
const security = adminSecurity;
const params = z.object({ id: z.string().min(1).max(64) });

export const customerAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/admin/customers',
    {
      config: { permission: 'customers:read' },
      schema: {
        operationId: 'adminListCustomers',
        summary: 'List customers',
        description: 'Newest first; `q` searches name and email.',
        tags,
        security,
        querystring: customerFilterSchema.extend(listQueryFields),
        response: {
          200: customerPageSchema,
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => listCustomers(app.db, request.query),
  );

  app.get(
    '/admin/customers/export.csv',
    {
      config: { permission: 'customers:read' },
      schema: {
        operationId: 'adminExportCustomers',
        summary: 'Customers as CSV',
        description:
          'Every matching customer, newest first, streamed in batches: id, email, names, phone, status, ' +
          'created (UTC, ISO 8601). No password hashes, ever.',
        tags,
        security,
        querystring: customerFilterSchema,
        response: { 200: csvResponse, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) =>
      sendCsv(
        reply,
        `customers-${new Date().toISOString().slice(0, 10)}.csv`,
        csvStream(
          ['id', 'email', 'first_name', 'last_name', 'phone', 'status', 'created_at'],
          customerCsvBatches(iterateCustomers(app.db, request.query)),
        ),
      ),
  );

  app.get(
    '/admin/customers/:id',
    {
      config: { permission: 'customers:read' },
      schema: {
        operationId: 'adminGetCustomer',
        summary: 'A customer with their addresses',
        description:
          "The customer's account (email, names, status) with their phone number and address book. 404 for " +
          'an unknown customer.',
        tags,
        security,
        params,
        response: { 200: customerDetailSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => getCustomerDetail(app.db, request.params.id),
  );

  app.patch(
    '/admin/customers/:id',
    {
      config: { permission: 'customers:write' },
      schema: {
        operationId: 'adminUpdateCustomer',
        summary: 'Disable or enable a customer account',
        description: 'Disabling ends every session of the customer at once.',
        tags,
        security,
        params,
        body: customerStatusUpdateSchema,
        response: { 200: customerDetailSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const before = await getCustomerDetail(app.db, request.params.id);
      const after = await setCustomerAccountStatus(app.db, request.params.id, request.body.status);
      request.auditChanges = { before, after };
      return after;
    },
  );
};
