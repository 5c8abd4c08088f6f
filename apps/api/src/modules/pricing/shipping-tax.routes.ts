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
        description:
          'Every zone, by name, with its countries and its methods in `position` order (inactive ones ' +
          'included): kind (`flat` or `weight` bands), price, free-shipping threshold and delivery ' +
          'estimate, amounts in minor units.',
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
        description:
          'Partial update of `name` and `countries` (the list replaces the previous one). A country ' +
          'belongs to one zone only: one already in another zone is 409 `country_in_other_zone`. 404 for ' +
          'an unknown zone.',
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
        description:
          'Deletes the zone with all its methods; its countries are no longer shipped to, and carts that ' +
          'had chosen one of its methods simply have none any more. 404 for an unknown zone.',
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
        description:
          'Partial update (name, kind, price, weight bands, free-shipping threshold, estimate, active, ' +
          'position); amounts in minor units. A `weight` method needs at least one band (400 on ' +
          '`weightBands`). 404 for an unknown method.',
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
        description:
          'Deletes the method; it is no longer offered at checkout, while orders placed with it keep their ' +
          'shipping. 404 for an unknown method.',
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
        description:
          'Adds the rate of a tax class (`standard`, `reduced`…) for a country, or a region of it ' +
          '(`region`, else the whole country); `rate` is in basis points (2000 = 20 %). One rate per ' +
          'country, region and class: another is 409 `tax_rate_exists`.',
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
        description:
          'Partial update of the name, place, tax class or rate (basis points). Carts are priced with it ' +
          'from then on; placed orders keep their taxes. 409 `tax_rate_exists` when another rate has the ' +
          'same country, region and class; 404 for an unknown rate.',
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
        description:
          'Deletes the rate: the class is no longer taxed there (a region falls back to its country-wide ' +
          'rate, if any). Placed orders keep their taxes. 404 for an unknown rate.',
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
