import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changeCustomerPassword } from '../../flows/customer-auth.flow';
import { currentCustomer } from '../../plugins/customer-auth';
import { problemResponses } from '../../shared/problem';
import { customerSecurity } from '../../shared/security-schemes';
import {
  addressInputSchema,
  addressListSchema,
  addressParamsSchema,
  addressSchema,
  addressUpdateSchema,
  customerSchema,
  passwordChangeSchema,
  profileUpdateSchema,
} from './customers.schemas';
import { addAddress, listAddresses, removeAddress, updateAddress, updateProfile } from './customers.service';

const tags = ['Store: account'];
const security = customerSecurity;

/** The signed-in customer's own account. Every query is scoped to that customer: others' ids are 404. */
export const customerAccountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/store/me',
    {
      config: { customer: true },
      schema: {
        operationId: 'storeGetMe',
        summary: 'My profile',
        description: "The signed-in customer's email, names, phone number and sign-up date.",
        tags,
        security,
        response: { 200: customerSchema, ...problemResponses(401) },
      },
    },
    async (request) => currentCustomer(request),
  );

  app.patch(
    '/store/me',
    {
      config: { customer: true },
      schema: {
        operationId: 'storeUpdateMe',
        summary: 'Change my profile',
        description:
          'Partial update of the first name, last name and phone number (`null` clears the phone). The ' +
          'password has its own operation.',
        tags,
        security,
        body: profileUpdateSchema,
        response: { 200: customerSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => updateProfile(app.db, currentCustomer(request).id, request.body),
  );

  app.put(
    '/store/me/password',
    {
      config: { customer: true },
      schema: {
        operationId: 'storeChangePassword',
        summary: 'Change my password',
        description: 'Ends every other session of the account; this browser stays signed in.',
        tags,
        security,
        body: passwordChangeSchema,
        response: { 204: z.undefined(), ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      // The session of the access token used here stays; every other one ends.
      await changeCustomerPassword(
        app.db,
        currentCustomer(request).id,
        request.body.currentPassword,
        request.body.newPassword,
        request.customerSessionId ?? undefined,
      );
      return reply.code(204).send();
    },
  );

  app.get(
    '/store/me/addresses',
    {
      config: { customer: true },
      schema: {
        operationId: 'storeListAddresses',
        summary: 'My address book',
        description:
          'Every address of the signed-in customer, oldest first, with which ones are the default shipping ' +
          'and billing addresses.',
        tags,
        security,
        response: { 200: addressListSchema, ...problemResponses(401) },
      },
    },
    async (request) => ({ items: await listAddresses(app.db, currentCustomer(request).id) }),
  );

  app.post(
    '/store/me/addresses',
    {
      config: { customer: true },
      schema: {
        operationId: 'storeAddAddress',
        summary: 'Add an address',
        description: 'Marking it as a default moves that default from the previous address.',
        tags,
        security,
        body: addressInputSchema,
        response: { 201: addressSchema, ...problemResponses(400, 401, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addAddress(app.db, currentCustomer(request).id, request.body)),
  );

  app.patch(
    '/store/me/addresses/:id',
    {
      config: { customer: true },
      schema: {
        operationId: 'storeUpdateAddress',
        summary: 'Change an address',
        description:
          "Partial update of one of the signed-in customer's addresses; making it a default moves that " +
          "default from the previous address. 404 for an address that is not in the customer's book.",
        tags,
        security,
        params: addressParamsSchema,
        body: addressUpdateSchema,
        response: { 200: addressSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => updateAddress(app.db, currentCustomer(request).id, request.params.id, request.body),
  );

  app.delete(
    '/store/me/addresses/:id',
    {
      config: { customer: true },
      schema: {
        operationId: 'storeDeleteAddress',
        summary: 'Delete an address',
        description:
          "Removes one of the signed-in customer's addresses (orders keep their own copy). 404 for an " +
          "address that is not in the customer's book.",
        tags,
        security,
        params: addressParamsSchema,
        response: { 204: z.undefined(), ...problemResponses(401, 404) },
      },
    },
    async (request, reply) => {
      await removeAddress(app.db, currentCustomer(request).id, request.params.id);
      return reply.code(204).send();
    },
  );
};
