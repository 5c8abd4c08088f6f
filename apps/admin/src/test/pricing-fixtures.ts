/** Shipping, tax and promotion answers of the fake API, shaped as the checkout contract says. */

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const stamp = '2025-01-01T00:00:00.000Z';

export function shippingMethod(overrides: Record<string, unknown> = {}) {
  return {
    id: 'shm_1',
    zoneId: 'shz_1',
    name: 'Colissimo',
    kind: 'flat' as const,
    price: eur(490),
    weightBands: [] as { upToGrams: number; price: { amount: number; currency: string } }[],
    freeOver: eur(6000),
    estimate: '2–3 business days',
    active: true,
    position: 0,
    ...overrides,
  };
}

export function shippingZone(overrides: Record<string, unknown> = {}) {
  return {
    id: 'shz_1',
    name: 'France',
    countries: ['FR'],
    methods: [shippingMethod()],
    createdAt: stamp,
    updatedAt: stamp,
    ...overrides,
  };
}

export const europeZone = shippingZone({
  id: 'shz_2',
  name: 'Europe',
  countries: ['BE', 'DE'],
  methods: [
    shippingMethod({
      id: 'shm_2',
      zoneId: 'shz_2',
      name: 'Parcel by weight',
      kind: 'weight',
      price: eur(0),
      weightBands: [
        { upToGrams: 1000, price: eur(900) },
        { upToGrams: 5000, price: eur(1500) },
      ],
      freeOver: null,
      estimate: null,
      active: false,
      position: 0,
    }),
  ],
});

export function taxRate(overrides: Record<string, unknown> = {}) {
  return {
    id: 'txr_1',
    name: 'TVA 20 %',
    country: 'FR',
    region: null as string | null,
    taxClass: 'standard',
    rate: 2000,
    createdAt: stamp,
    updatedAt: stamp,
    ...overrides,
  };
}

export function promotion(overrides: Record<string, unknown> = {}) {
  return {
    id: 'promo_1',
    name: 'Spring sale',
    code: 'SPRING10' as string | null,
    kind: 'percentage' as const,
    value: 1000,
    buyQuantity: null as number | null,
    getQuantity: null as number | null,
    conditions: {
      minSubtotal: null as { amount: number; currency: string } | null,
      productIds: [] as string[],
      categoryIds: [] as string[],
      firstOrderOnly: false,
      customerIds: [] as string[],
    },
    startsAt: null as string | null,
    endsAt: null as string | null,
    usageLimit: 5 as number | null,
    perCustomerLimit: null as number | null,
    usageCount: 3,
    combinable: true,
    active: true,
    status: 'active' as 'active' | 'scheduled' | 'expired' | 'inactive',
    createdAt: stamp,
    updatedAt: stamp,
    version: 1,
    ...overrides,
  };
}

/** A 400 answer with field errors, as the API's schema validation sends it. */
export function validationProblem(errors: { path: string; message: string }[]) {
  return {
    type: 'about:blank',
    title: 'Validation failed',
    status: 400,
    code: 'validation_failed',
    detail: 'The request is not valid.',
    errors,
  };
}
