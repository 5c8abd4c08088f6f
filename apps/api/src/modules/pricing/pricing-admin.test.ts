import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app';
import { signInEmployee } from '../../../test/factories';
import { seedDemoPricing } from '../../seed/demo-pricing';

let ctx: TestContext;
let owner: Record<string, string>;

beforeAll(async () => {
  ctx = await buildTestApp();
  owner = (await signInEmployee(ctx.app, ctx.database.db, 'owner')).headers;
});
afterAll(async () => ctx.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (method: Method, url: string, payload?: object, headers = owner) =>
  ctx.app.inject({ method, url, payload, headers });

describe('shipping zones and methods', () => {
  it('creates, changes and deletes zones and methods; a country is in one zone only', async () => {
    const zone = await call('POST', '/admin/shipping-zones', {
      name: 'Benelux',
      countries: ['BE', 'NL', 'LU', 'BE'],
    });
    expect(zone.statusCode, zone.body).toBe(201);
    expect(zone.json().countries).toEqual(['BE', 'NL', 'LU']);
    const clash = await call('POST', '/admin/shipping-zones', {
      name: 'Low countries',
      countries: ['NL', 'DK'],
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({
      code: 'country_in_other_zone',
      errors: [{ path: 'countries', message: 'NL already in the zone “Benelux”.' }],
    });
    const bad = await call('POST', '/admin/shipping-zones', { name: '', countries: ['XX'] });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((error: { path: string }) => error.path)
        .sort(),
    ).toEqual(['countries.0', 'name']);

    const id = zone.json().id;
    const weightless = await call('POST', `/admin/shipping-zones/${id}/methods`, {
      name: 'Heavy',
      kind: 'weight',
    });
    expect(weightless.statusCode).toBe(400);
    expect(weightless.json().errors[0].path).toBe('weightBands');
    const unordered = await call('POST', `/admin/shipping-zones/${id}/methods`, {
      name: 'Heavy',
      kind: 'weight',
      weightBands: [
        { upToGrams: 2000, price: 900 },
        { upToGrams: 1000, price: 500 },
      ],
    });
    expect(unordered.statusCode).toBe(400);
    const method = await call('POST', `/admin/shipping-zones/${id}/methods`, {
      name: 'PostNL',
      kind: 'flat',
      price: 795,
      estimate: '2 days',
    });
    expect(method.statusCode, method.body).toBe(201);
    expect(method.json()).toMatchObject({
      price: { amount: 795, currency: 'EUR' },
      freeOver: null,
      position: 0,
    });
    const changed = await call('PATCH', `/admin/shipping-methods/${method.json().id}`, {
      freeOver: 5000,
      active: false,
    });
    expect(changed.json()).toMatchObject({ freeOver: { amount: 5000 }, active: false, name: 'PostNL' });
    const toWeight = await call('PATCH', `/admin/shipping-methods/${method.json().id}`, { kind: 'weight' });
    expect(toWeight.statusCode).toBe(400);

    const listed = await call('GET', '/admin/shipping-zones');
    expect(listed.json().items).toEqual([
      expect.objectContaining({ name: 'Benelux', methods: [expect.objectContaining({ name: 'PostNL' })] }),
    ]);
    expect(
      (await call('PATCH', `/admin/shipping-zones/${id}`, { countries: ['BE'] })).json().countries,
    ).toEqual(['BE']);
    expect((await call('POST', '/admin/shipping-zones', { name: 'NL', countries: ['NL'] })).statusCode).toBe(
      201,
    );
    expect((await call('DELETE', `/admin/shipping-zones/${id}`)).statusCode).toBe(204);
    expect((await call('DELETE', `/admin/shipping-methods/${method.json().id}`)).statusCode).toBe(404);
  });

  it('needs settings permissions: a catalog manager can neither read nor change shipping and taxes', async () => {
    const manager = (await signInEmployee(ctx.app, ctx.database.db, 'catalog_manager')).headers;
    expect((await call('GET', '/admin/shipping-zones', undefined, manager)).statusCode).toBe(403);
    expect(
      (await call('POST', '/admin/tax-rates', { name: 'X', country: 'FR', taxClass: 'x', rate: 1 }, manager))
        .statusCode,
    ).toBe(403);
    const support = (await signInEmployee(ctx.app, ctx.database.db, 'customer_service')).headers;
    expect((await call('GET', '/admin/promotions', undefined, support)).statusCode).toBe(403);
    expect((await call('GET', '/admin/promotions', undefined, manager)).statusCode).toBe(200);
    expect((await ctx.app.inject({ method: 'GET', url: '/admin/tax-rates' })).statusCode).toBe(401);
  });
});

describe('tax rates', () => {
  it('one rate per country, region and class; regions upper-cased; rate in basis points', async () => {
    const created = await call('POST', '/admin/tax-rates', {
      name: 'IVA 21 %',
      country: 'ES',
      taxClass: 'standard',
      rate: 2100,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ region: null, rate: 2100 });
    const canaries = await call('POST', '/admin/tax-rates', {
      name: 'IGIC 7 %',
      country: 'ES',
      region: 'cn',
      taxClass: 'standard',
      rate: 700,
    });
    expect(canaries.json().region).toBe('CN');
    const twice = await call('POST', '/admin/tax-rates', {
      name: 'Again',
      country: 'ES',
      taxClass: 'standard',
      rate: 2000,
    });
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'tax_rate_exists']);
    const tooHigh = await call('POST', '/admin/tax-rates', {
      name: 'Bad',
      country: 'ES',
      taxClass: 'Bad Class',
      rate: 10001,
    });
    expect(
      tooHigh
        .json()
        .errors.map((error: { path: string }) => error.path)
        .sort(),
    ).toEqual(['rate', 'taxClass']);
    const moved = await call('PATCH', `/admin/tax-rates/${canaries.json().id}`, { region: null });
    expect([moved.statusCode, moved.json().code]).toEqual([409, 'tax_rate_exists']);
    expect((await call('PATCH', `/admin/tax-rates/${created.json().id}`, { rate: 2150 })).json().rate).toBe(
      2150,
    );
    expect((await call('DELETE', `/admin/tax-rates/${canaries.json().id}`)).statusCode).toBe(204);
    expect((await call('GET', '/admin/tax-rates')).json().items).toHaveLength(1);
  });
});

describe('promotions', () => {
  it('validates by kind, keeps codes unique (case-insensitive) and derives the status', async () => {
    const noValue = await call('POST', '/admin/promotions', {
      name: 'Half',
      code: 'half',
      kind: 'percentage',
    });
    expect(noValue.statusCode).toBe(400);
    expect(noValue.json().errors[0].path).toBe('value');
    const bxgy = await call('POST', '/admin/promotions', { name: 'B2G1', code: 'B2G1', kind: 'buy_x_get_y' });
    expect(bxgy.json().errors.map((error: { path: string }) => error.path)).toEqual([
      'buyQuantity',
      'getQuantity',
    ]);
    const dates = await call('POST', '/admin/promotions', {
      name: 'Backwards',
      kind: 'free_shipping',
      startsAt: '2030-01-02T00:00:00Z',
      endsAt: '2030-01-01T00:00:00Z',
    });
    expect(dates.json().errors[0].path).toBe('endsAt');

    const summer = await call('POST', '/admin/promotions', {
      name: 'Summer',
      code: 'summer-24',
      kind: 'percentage',
      value: 1500,
      startsAt: '2099-06-01T00:00:00+02:00',
    });
    expect(summer.statusCode, summer.body).toBe(201);
    expect(summer.json()).toMatchObject({
      code: 'SUMMER-24',
      status: 'scheduled',
      usageCount: 0,
      version: 1,
    });
    const taken = await call('POST', '/admin/promotions', {
      name: 'Dup',
      code: 'Summer-24',
      kind: 'free_shipping',
    });
    expect([taken.statusCode, taken.json().code]).toEqual([409, 'discount_code_taken']);
    const old = await call('POST', '/admin/promotions', {
      name: 'Old',
      kind: 'fixed_amount',
      value: 500,
      endsAt: '2020-01-01T00:00:00Z',
    });
    expect(old.json()).toMatchObject({ code: null, status: 'expired' });

    const byStatus = async (status: string) =>
      (await call('GET', `/admin/promotions?status=${status}`))
        .json()
        .items.map((p: { name: string }) => p.name);
    expect(await byStatus('scheduled')).toEqual(['Summer']);
    expect(await byStatus('expired')).toEqual(['Old']);
    expect((await call('GET', '/admin/promotions?q=summ')).json()).toMatchObject({ total: 1 });

    const id = summer.json().id;
    const edited = await call('PATCH', `/admin/promotions/${id}`, {
      version: 1,
      startsAt: null,
      active: false,
    });
    expect(edited.json()).toMatchObject({ status: 'inactive', version: 2 });
    const stale = await call('PATCH', `/admin/promotions/${id}`, { version: 1, name: 'Lost update' });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'version_conflict']);
    const wrongKind = await call('PATCH', `/admin/promotions/${id}`, { kind: 'buy_x_get_y' });
    expect(wrongKind.statusCode).toBe(400);
    expect((await call('DELETE', `/admin/promotions/${id}`)).statusCode).toBe(204);
    expect((await call('GET', `/admin/promotions/${id}`)).statusCode).toBe(404);
  });

  it('the demo store gets shipping zones, VAT rates and the WELCOME10 and FREESHIP codes', async () => {
    const demo = await buildTestApp();
    try {
      await seedDemoPricing(demo.database.db, 'EUR');
      const headers = (await signInEmployee(demo.app, demo.database.db, 'owner')).headers;
      const get = (url: string) => demo.app.inject({ method: 'GET', url, headers });
      const zones = (await get('/admin/shipping-zones')).json().items;
      expect(zones.map((zone: { name: string }) => zone.name)).toEqual([
        'European Union',
        'France',
        'Rest of the world',
      ]);
      expect((await get('/admin/tax-rates')).json().items.length).toBeGreaterThan(10);
      const codes = (await get('/admin/promotions')).json().items.map((p: { code: string }) => p.code);
      expect(codes.sort()).toEqual(['FREESHIP', 'WELCOME10']);
    } finally {
      await demo.close();
    }
  });
});
