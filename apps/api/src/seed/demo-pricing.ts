import type { Database } from '../db/client';
import {
  createPromotion,
  createShippingMethod,
  createShippingZone,
  createTaxRate,
} from '../modules/pricing/seed-access';

const eu = ['AT', 'BE', 'DE', 'DK', 'ES', 'FI', 'GR', 'IE', 'IT', 'LU', 'NL', 'PL', 'PT', 'SE', 'CZ'];

/**
 * The demo store's shipping (France, Europe, a few countries further away), VAT rates and two discount
 * codes (WELCOME10: 10 % once per customer; FREESHIP: free shipping from 40.00), through the services.
 */
export async function seedDemoPricing(db: Database, currency: string): Promise<void> {
  const france = await createShippingZone(db, { name: 'France', countries: ['FR', 'MC'] }, currency);
  const method = {
    weightBands: [] as { upToGrams: number; price: number }[],
    estimate: null,
    active: true,
    freeOver: null,
  };
  await createShippingMethod(
    db,
    france.id,
    { ...method, name: 'Colissimo', kind: 'flat', price: 490, freeOver: 6000, estimate: '2–3 business days' },
    currency,
  );
  await createShippingMethod(
    db,
    france.id,
    { ...method, name: 'Express', kind: 'flat', price: 990, estimate: 'Next business day' },
    currency,
  );
  const europe = await createShippingZone(db, { name: 'European Union', countries: eu }, currency);
  await createShippingMethod(
    db,
    europe.id,
    {
      ...method,
      name: 'Standard Europe',
      kind: 'flat',
      price: 990,
      freeOver: 10000,
      estimate: '3–6 business days',
    },
    currency,
  );
  const world = await createShippingZone(
    db,
    { name: 'Rest of the world', countries: ['GB', 'CH', 'NO', 'US', 'CA', 'AU', 'JP'] },
    currency,
  );
  await createShippingMethod(
    db,
    world.id,
    { ...method, name: 'International', kind: 'flat', price: 1990, estimate: '5–10 business days' },
    currency,
  );
  const rates: [string, string, number][] = [
    ['FR', 'standard', 2000],
    ['FR', 'reduced', 550],
    ['MC', 'standard', 2000],
    ['DE', 'standard', 1900],
    ['DE', 'reduced', 700],
    ['BE', 'standard', 2100],
    ['ES', 'standard', 2100],
    ['IT', 'standard', 2200],
    ['NL', 'standard', 2100],
    ['AT', 'standard', 2000],
    ['IE', 'standard', 2300],
    ['PT', 'standard', 2300],
    ['LU', 'standard', 1700],
  ];
  for (const [country, taxClass, rate] of rates) {
    const percent = (rate / 100).toLocaleString('fr-FR');
    await createTaxRate(db, { name: `VAT ${country} ${percent} %`, country, region: null, taxClass, rate });
  }
  const promotion = {
    value: 0,
    buyQuantity: null,
    getQuantity: null,
    startsAt: null,
    endsAt: null,
    usageLimit: null,
    perCustomerLimit: null,
    combinable: true,
    active: true,
  } as const;
  const conditions = {
    minSubtotal: null as number | null,
    productIds: [] as string[],
    categoryIds: [] as string[],
    firstOrderOnly: false,
    customerIds: [] as string[],
  };
  await createPromotion(
    db,
    {
      ...promotion,
      conditions,
      name: 'Welcome: 10 % off',
      code: 'WELCOME10',
      kind: 'percentage',
      value: 1000,
      perCustomerLimit: 1,
    },
    currency,
  );
  await createPromotion(
    db,
    {
      ...promotion,
      name: 'Free shipping from 40.00',
      code: 'FREESHIP',
      kind: 'free_shipping',
      conditions: { ...conditions, minSubtotal: 4000 },
    },
    currency,
  );
}
