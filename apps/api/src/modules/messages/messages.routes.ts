import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentActor } from '../../plugins/admin-auth';
import { currentCustomer } from '../../plugins/customer-auth';
import { listQueryFields, pageSchema } from '../../shared/pagination';
import { problemResponses } from '../../shared/problem';
import { adminSecurity, customerSecurity } from '../../shared/security-schemes';
import { listAssignableEmployees } from '../employees';
import { getAdminSettings } from '../settings';
import {
  getAdminThread,
  listAdminThreads,
  listOrderThreads,
  replyToThread,
  updateThread,
} from './inbox.service';
import {
  adminThreadListQuerySchema,
  adminThreadListSchema,
  adminThreadReplySchema,
  adminThreadSchema,
  contactRequestSchema,
  orderThreadListSchema,
  orderThreadRequestSchema,
  storeThreadSchema,
  storeThreadSummarySchema,
  threadReplySchema,
  threadUpdateSchema,
} from './messages.schemas';
import {
  addCustomerMessage,
  addGuestMessage,
  contactStore,
  getCustomerThread,
  getGuestThread,
  listCustomerThreads,
  openOrderThread,
} from './messages.service';
import type { StoreAuthor, ThreadContext } from './thread-reads';

const storeTags = ['Store: messages'];
const adminTags = ['Admin: messages'];
const params = z.object({ id: z.string().min(1).max(64) });
const tokenQuery = z.object({ token: z.string().min(10).max(100) });
const read = { permission: 'customers:read' } as const;
const write = { permission: 'customers:write' } as const;

/** Customer-service threads: the Store API side (contact form, account messages) and the Admin inbox. */
const threadAssigneeListSchema = z
  .object({ items: z.array(z.object({ id: z.string(), name: z.string() })) })
  .meta({ id: 'ThreadAssigneeList' });

export const messageRoutes: FastifyPluginAsyncZod<{
  storefrontUrl: string;
  threadLinkSecret: string;
}> = async (app, options) => {
  const links = { storefrontUrl: options.storefrontUrl, threadLinkSecret: options.threadLinkSecret };
  const contextOf = async (): Promise<ThreadContext> => {
    const settings = await getAdminSettings(app.db);
    return { db: app.db, links, store: { name: settings.name, supportEmail: settings.supportEmail } };
  };
  // Public writes that send email: a few per IP, so the form cannot be used to flood inboxes.
  const perIp = app.limitBy('contact:ip', 10, 15 * 60_000, (request) => request.ip);
  const authorOf = (request: FastifyRequest): StoreAuthor => {
    const actor = currentActor(request);
    if (actor.kind === 'api_key') return { kind: 'api_key', id: actor.id, name: actor.label };
    return { kind: 'employee', id: actor.id, name: request.employee?.firstName || actor.label };
  };

  // ——— Store API ———

  app.post(
    '/store/contact',
    {
      config: { customer: 'optional' },
      preHandler: [perIp],
      schema: {
        operationId: 'storeContact',
        summary: 'Write to the store (contact form)',
        description:
          'Opens a conversation (status `open`) and emails an acknowledgement with its link. A signed-in ' +
          'customer writes under their account’s email and name (`email` and `name` are ignored) and may name ' +
          'one of their orders in `orderNumber` (else 400 on `orderNumber`). Guests must give `email` and ' +
          '`name` and cannot name an order; they follow the conversation through the emailed link (the token ' +
          'is never in this answer). Rate limited per IP (429).',
        tags: storeTags,
        body: contactRequestSchema,
        response: { 201: storeThreadSchema, ...problemResponses(400, 401, 429) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await contactStore(await contextOf(), request.customer, request.body)),
  );

  app.get(
    '/store/me/threads',
    {
      config: { customer: true },
      schema: {
        operationId: 'storeListMyThreads',
        summary: "The signed-in customer's conversations, newest activity first",
        description:
          "Cursor-paginated with a `total`: each conversation's subject, status, order number (if about an " +
          'order), message count and last activity. Only conversations opened while signed in to this ' +
          'account.',
        tags: storeTags,
        security: customerSecurity,
        querystring: z.object(listQueryFields),
        response: {
          200: pageSchema(storeThreadSummarySchema, 'StoreThreadList'),
          ...problemResponses(400, 401),
        },
      },
    },
    async (request) => listCustomerThreads(app.db, currentCustomer(request).id, request.query),
  );

  app.get(
    '/store/me/threads/:id',
    {
      config: { customer: true },
      schema: {
        operationId: 'storeGetMyThread',
        summary: 'One of the signed-in customer’s conversations, with its messages',
        description:
          "The conversation's subject, status and order with every message, from the customer and from the " +
          "store. 404 when the conversation is unknown or not this customer's.",
        tags: storeTags,
        security: customerSecurity,
        params,
        response: { 200: storeThreadSchema, ...problemResponses(401, 404) },
      },
    },
    async (request) => getCustomerThread(await contextOf(), currentCustomer(request).id, request.params.id),
  );

  app.post(
    '/store/me/threads/:id/messages',
    {
      config: { customer: true },
      schema: {
        operationId: 'storeAddMyThreadMessage',
        summary: 'Answer in one of the signed-in customer’s conversations',
        description: 'The conversation becomes `open` again (waiting for the store), even if it was closed.',
        tags: storeTags,
        security: customerSecurity,
        params,
        body: threadReplySchema,
        response: { 201: storeThreadSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await addCustomerMessage(
            await contextOf(),
            currentCustomer(request).id,
            request.params.id,
            request.body.body,
          ),
        ),
  );

  app.post(
    '/store/me/orders/:number/threads',
    {
      config: { customer: true },
      preHandler: [perIp],
      schema: {
        operationId: 'storeOpenOrderThread',
        summary: 'Write to the store about one of the signed-in customer’s orders',
        description: 'Someone else’s order, or an unknown number: 404.',
        tags: storeTags,
        security: customerSecurity,
        params: z.object({ number: z.coerce.number().int().min(1).max(2_000_000_000) }),
        body: orderThreadRequestSchema,
        response: { 201: storeThreadSchema, ...problemResponses(400, 401, 404, 429) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await openOrderThread(
            await contextOf(),
            currentCustomer(request),
            request.params.number,
            request.body,
          ),
        ),
  );

  app.get(
    '/store/threads/:id',
    {
      schema: {
        operationId: 'storeGetThreadByToken',
        summary: 'A conversation through its guest link',
        description:
          'The link in the store’s emails to a guest (`/messages/:id?token=…` on the storefront). A wrong token ' +
          'is 404, like a wrong id.',
        tags: storeTags,
        params,
        querystring: tokenQuery,
        response: { 200: storeThreadSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => getGuestThread(await contextOf(), request.params.id, request.query.token),
  );

  app.post(
    '/store/threads/:id/messages',
    {
      preHandler: [perIp],
      schema: {
        operationId: 'storeAddThreadMessageByToken',
        summary: 'Answer in a conversation through its guest link',
        description:
          'The conversation becomes `open` again. A wrong token is 404. Rate limited per IP (429).',
        tags: storeTags,
        params,
        querystring: tokenQuery,
        body: threadReplySchema,
        response: { 201: storeThreadSchema, ...problemResponses(400, 404, 429) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await addGuestMessage(await contextOf(), request.params.id, request.query.token, request.body.body),
        ),
  );

  // ——— Admin API ———

  app.get(
    '/admin/threads',
    {
      config: read,
      schema: {
        operationId: 'adminListThreads',
        summary: 'The customer-service inbox',
        description:
          'Newest activity first. `assignee`: `me` (employees only; an API key gets 400), `unassigned` or an ' +
          'employee id. `counts` gives the threads per status under the same `assignee` and `q` filters.',
        tags: adminTags,
        security: adminSecurity,
        querystring: adminThreadListQuerySchema,
        response: { 200: adminThreadListSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listAdminThreads(app.db, currentActor(request), request.query),
  );

  app.get(
    '/admin/threads/assignees',
    {
      config: read,
      schema: {
        operationId: 'adminListThreadAssignees',
        summary: 'The employees a conversation can be assigned to',
        description: 'Active employees, names only (the full employee list needs `employees:manage`).',
        tags: adminTags,
        security: adminSecurity,
        response: { 200: threadAssigneeListSchema, ...problemResponses(401, 403) },
      },
    },
    async () => ({ items: await listAssignableEmployees(app.db) }),
  );

  app.get(
    '/admin/threads/:id',
    {
      config: read,
      schema: {
        operationId: 'adminGetThread',
        summary: 'A conversation with its messages, oldest first',
        description:
          "The conversation's subject, status, customer (email, name, account), order, assignee and every " +
          'message with its author (customer or store). Reading it changes nothing. 404 for an unknown ' +
          'conversation.',
        tags: adminTags,
        security: adminSecurity,
        params,
        response: { 200: adminThreadSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => getAdminThread(app.db, request.params.id),
  );

  app.post(
    '/admin/threads/:id/messages',
    {
      config: write,
      schema: {
        operationId: 'adminReplyToThread',
        summary: 'Answer the customer',
        description:
          'Sets the status to `status` (default `pending`: waiting for the customer) and emails the customer ' +
          'the reply with the link to the conversation. The customer sees it signed with the employee’s first ' +
          'name ("Camille from <store name>").',
        tags: adminTags,
        security: adminSecurity,
        params,
        body: adminThreadReplySchema,
        response: { 201: adminThreadSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await replyToThread(await contextOf(), request.params.id, authorOf(request), request.body)),
  );

  app.patch(
    '/admin/threads/:id',
    {
      config: write,
      schema: {
        operationId: 'adminUpdateThread',
        summary: 'Change the status or the assignee of a conversation',
        description: '`assigneeId` must be an active employee (else 400 on `assigneeId`); null unassigns.',
        tags: adminTags,
        security: adminSecurity,
        params,
        body: threadUpdateSchema,
        response: { 200: adminThreadSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => updateThread(app.db, request.params.id, request.body),
  );

  app.get(
    '/admin/orders/:id/threads',
    {
      config: read,
      schema: {
        operationId: 'adminListOrderThreads',
        summary: 'The conversations about an order',
        description:
          'The conversations linked to the order (at most 200), newest activity first, with their status, ' +
          'assignee and last message. 404 for an unknown order.',
        tags: adminTags,
        security: adminSecurity,
        params,
        response: { 200: orderThreadListSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => listOrderThreads(app.db, request.params.id),
  );
};
