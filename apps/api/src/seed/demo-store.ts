import type { Database } from '../db/client';
import type { MediaStorage } from '../modules/media/media-storage';
import { updateSettings } from '../modules/settings';
import { seedDemoCatalog } from './demo-catalog';
import { seedDemoPricing } from './demo-pricing';
import { createRandom } from './random';

const firstWords = ['Maison', 'Atelier', 'Comptoir', 'Boutique', 'Galerie'] as const;
const secondWords = ['Lumière', 'du Marais', 'des Lices', 'Belle Rive', 'Saint-Clair'] as const;
const cities = [
  { city: 'Paris', domain: 'paris' },
  { city: 'Lyon', domain: 'lyon' },
  { city: 'Bordeaux', domain: 'bordeaux' },
] as const;

export interface DemoStoreSummary {
  storeName: string;
  products: number;
}

/**
 * Builds the demo store shown on the first `pnpm start`: deterministic for a given seed. Later capabilities
 * extend it (catalog, customers, a year of orders) — always through their services.
 */
export async function seedDemoStore(
  ctx: { db: Database; media: MediaStorage },
  seed: number,
): Promise<DemoStoreSummary> {
  const { db } = ctx;
  const random = createRandom(seed);
  const storeName = `${random.pick(firstWords)} ${random.pick(secondWords)}`;
  const { city, domain } = random.pick(cities);
  await updateSettings(db, {
    name: storeName,
    legalName: `${storeName} SAS, ${city}`,
    supportEmail: `hello@${storeName.toLowerCase().replace(/[^a-z]+/g, '-')}-${domain}.example`,
    currency: 'EUR',
    defaultCountry: 'FR',
    taxDisplay: 'inclusive',
    timezone: 'Europe/Paris',
  });
  const { products } = await seedDemoCatalog(ctx, random);
  await seedDemoPricing(db, 'EUR');
  return { storeName, products };
}
