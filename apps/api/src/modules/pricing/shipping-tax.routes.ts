import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../shared/problem';
import { adminSecurity } from '../../shared/security-schemes';
import { getStoreSettings } from '../settings';
import {
  newShippingMethodSchema,
  newShippingZoneSchema,
  newTaxRateSchema,
  shippingMethodSchema,
  shippingMethodUpdateSchema,
  shippingZoneSchema,
  shippingZoneUpdateSchema,
  taxRateSchema,
  taxRateUpdateSchema,
} from './pricing.schemas';
import {
  createShippingMethod,
  createShippingZone,
  deleteShippingMethod,
  deleteShippingZone,
  listShippingZones,
  updateShippingMethod,
  updateShippingZone,
} from './shipping.service';
import { createTaxRate, deleteTaxRate, listTaxRates, updateTaxRate } from './tax-rates.service';

const idParams = z.object({ id: z.string().min(1).max(64) });
const security = adminSecurity;
const shippingTags = ['Admin: shipping'];
const taxTags = ['Admin: taxes'];

/** Shipping zones and methods, and tax rates: store settings (`settings:read` / `settings:write`). */
export const shippingTaxRoutes: FastifyPluginAsyncZod = async (app) => {
  const currency = async () => (await getStoreSettings(app.db)).currency;

  app.get(
    '/admin/shipping-zones',
    {
      config: { permission: 'settings:read' },
      schema: {
        operationId: 'adminListShippingZones',
        summary: 'Shipping zones with their methods',
        tags: shippingTags,
        security,
        response: {
          200: z.object({ items: z.array(shippingZoneSchema) }).meta({ id: 'ShippingZoneList' }),
          ...problemResponses(401, 403),
        },
      },
    },
    async () => ({ items: await listShippingZones(app.db, await currency()) }),
  );

  app.post(
    '/admin/shipping-zones',
    {
      config: { permission: 'settings:write' },
      schema: {
        operationId: 'adminCreateShippingZone',
        summary: 'Create a shipping zone',
        description:
          'A country belongs to one zone only: one already in a zone is 409 `country_in_other_zone`.',
        tags: shippingTags,
        security,
        body: newShippingZoneSchema,
        response: { 201: shippingZoneSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createShippingZone(app.db, request.body, await currency())),
  );

  app.patch(
    '/admin/shipping-zones/:id',
    {
      config: { permission: 'settings:write' },
      schema: {
        operationId: 'adminUpdateShippingZone',
        summary: 'Rename a shipping zone or change its countries',
        tags: shippingTags,
        security,
        params: idParams,
        body: shippingZoneUpdateSchema,
        response: { 200: shippingZoneSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateShippingZone(app.db, request.params.id, request.body, await currency()),
  );

  app.delete(
    '/admin/shipping-zones/:id',
    {
      config: { permission: 'settings:write' },
      schema: {
        operationId: 'adminDeleteShippingZone',
        summary: 'Delete a shipping zone and its methods',
        tags: shippingTags,
        security,
        params: idParams,
        response: { 204: z.undefined(), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteShippingZone(app.db, request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/admin/shipping-zones/:id/methods',
    {
      config: { permission: 'settings:write' },
      schema: {
        operationId: 'adminCreateShippingMethod',
        summary: 'Add a shipping method to a zone',
        description: 'Amounts are integer minor units of the store currency.',
        tags: shippingTags,
        security,
        params: idParams,
        body: newShippingMethodSchema,
        response: { 201: shippingMethodSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createShippingMethod(app.db, request.params.id, request.body, await currency())),
  );

  app.patch(
    '/admin/shipping-methods/:id',
    {
      config: { permission: 'settings:write' },
      schema: {
        operationId: 'adminUpdateShippingMethod',
        summary: 'Change a shipping method',
        tags: shippingTags,
        security,
        params: idParams,
        body: shippingMethodUpdateSchema,
        response: { 200: shippingMethodSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => updateShippingMethod(app.db, request.params.id, request.body, await currency()),
  );

  app.delete(
    '/admin/shipping-methods/:id',
    {
      config: { permission: 'settings:write' },
      schema: {
        operationId: 'adminDeleteShippingMethod',
        summary: 'Delete a shipping method',
        tags: shippingTags,
        security,
        params: idParams,
        response: { 204: z.undefined(), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteShippingMethod(app.db, request.params.id);
      return reply.code(204).send();
    },
  );

  app.get(
    '/admin/tax-rates',
    {
      config: { permission: 'settings:read' },
      schema: {
        operationId: 'adminListTaxRates',
        summary: 'Tax rates',
        description:
          'Rates by country (or region) and tax class. Variants name their class (`standard` by default); a ' +
          'regional rate wins over the country-wide one; shipping is taxed at the `standard` rate.',
        tags: taxTags,
        security,
        response: {
          200: z.object({ items: z.array(taxRateSchema) }).meta({ id: 'TaxRateList' }),
          ...problemResponses(401, 403),
        },
      },
    },
    async () => ({ items: await listTaxRates(app.db) }),
  );

  app.post(
    '/admin/tax-rates',
    {
      config: { permission: 'settings:write' },
      schema: {
        operationId: 'adminCreateTaxRate',
        summary: 'Add a tax rate',
        tags: taxTags,
        security,
        body: newTaxRateSchema,
        response: { 201: taxRateSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await createTaxRate(app.db, request.body)),
  );

  app.patch(
    '/admin/tax-rates/:id',
    {
      config: { permission: 'settings:write' },
      schema: {
        operationId: 'adminUpdateTaxRate',
        summary: 'Change a tax rate',
        tags: taxTags,
        security,
        params: idParams,
        body: taxRateUpdateSchema,
        response: { 200: taxRateSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateTaxRate(app.db, request.params.id, request.body),
  );

  app.delete(
    '/admin/tax-rates/:id',
    {
      config: { permission: 'settings:write' },
      schema: {
        operationId: 'adminDeleteTaxRate',
        summary: 'Delete a tax rate',
        tags: taxTags,
        security,
        params: idParams,
        response: { 204: z.undefined(), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteTaxRate(app.db, request.params.id);
      return reply.code(204).send();
    },
  );
};
