import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { setCustomerAccountStatus } from '../../flows/customer-auth.flow';
import { listQueryFields, pageSchema } from '../../shared/pagination';
import { problemResponses } from '../../shared/problem';
import { adminSecurity } from '../../shared/security-schemes';
import { addressSchema } from './customers.schemas';
import { getCustomerDetail, listCustomers } from './customers.service';

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

const customerStatusUpdateSchema = z.strictObject({ status }).meta({ id: 'CustomerStatusUpdate' });

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
        querystring: z.object({
          q: z.string().trim().max(100).optional(),
          status: status.optional(),
          ...listQueryFields,
        }),
        response: {
          200: customerPageSchema,
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => listCustomers(app.db, request.query),
  );

  app.get(
    '/admin/customers/:id',
    {
      config: { permission: 'customers:read' },
      schema: {
        operationId: 'adminGetCustomer',
        summary: 'A customer with their addresses',
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
