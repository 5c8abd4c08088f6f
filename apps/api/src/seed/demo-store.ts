import type { FastifyBaseLogger } from 'fastify';
import type { App } from '../app';
import type { AppConfig } from '../config';
import { createDatabase, type Database } from '../db/client';
import type { MediaStorage } from '../modules/media/media-storage';
import { updateSettings } from '../modules/settings';
import { seedDemoCatalog } from './demo-catalog';
import { seedDemoContent } from './demo-content';
import { seedDemoOrders } from './demo-orders';
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
  customers: number;
  orders: number;
}

/** What the demo orders need to be placed like real ones (signed guest links, a logger for the flows). */
export interface DemoOrderOptions {
  count: number;
  links: { storefrontUrl: string; orderLinkSecret: string };
  log: FastifyBaseLogger;
}

/**
 * Builds the demo store shown on the first `pnpm start`: deterministic for a given seed. Later capabilities
 * extend it (catalog, customers, a year of orders) — always through their services.
 */
export async function seedDemoStore(
  ctx: { db: Database; media: MediaStorage },
  seed: number,
  orders?: DemoOrderOptions,
): Promise<DemoStoreSummary> {
  const { db } = ctx;
  const random = createRandom(seed);
  const storeName = `${random.pick(firstWords)} ${random.pick(secondWords)}`;
  const { city, domain } = random.pick(cities);
  await updateSettings(db, {
    name: storeName,
    legalName: `${storeName} SAS`,
    legalAddress: `12 rue du Commerce\n${city}\nFrance`,
    vatNumber: 'FR32 123 456 789',
    registrationNumber: `RCS ${city} 123 456 789`,
    supportEmail: `hello@${storeName.toLowerCase().replace(/[^a-z]+/g, '-')}-${domain}.example`,
    currency: 'EUR',
    defaultCountry: 'FR',
    taxDisplay: 'inclusive',
    timezone: 'Europe/Paris',
  });
  const { products } = await seedDemoCatalog(ctx, random);
  await seedDemoPricing(db, 'EUR');
  await seedDemoContent(db);
  const history =
    orders && orders.count > 0
      ? await seedDemoOrders({ ...ctx, links: orders.links, log: orders.log }, createRandom(seed + 2), {
          orders: orders.count,
          customers: Math.max(5, Math.round(orders.count / 6)),
        })
      : { customers: 0, orders: 0 };
  return { storeName, products, ...history };
}

/**
 * Seeds the demo store of a runtime on its first start, through a pool of its own whose commits do not wait for
 * the disk (a crash mid-seed loses part of a demo, never corrupts it): twice as fast here.
 */
export async function seedRuntimeDemoStore(
  runtime: { app: App; databaseUrl: string; orderLinkSecret: string },
  config: Pick<AppConfig, 'demoSeed' | 'demoOrders' | 'storefrontUrl'>,
): Promise<DemoStoreSummary> {
  const seeding = createDatabase(runtime.databaseUrl, { max: 4, asyncCommit: true });
  try {
    return await seedDemoStore({ db: seeding.db, media: runtime.app.media }, config.demoSeed, {
      count: config.demoOrders,
      links: { storefrontUrl: config.storefrontUrl, orderLinkSecret: runtime.orderLinkSecret },
      log: runtime.app.log,
    });
  } finally {
    await seeding.close();
  }
}
