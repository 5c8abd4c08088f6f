/** The pricing services the demo seeder uses (admin writes, without HTTP). */
export { createPromotion } from './promotions.service';
export { createShippingMethod, createShippingZone } from './shipping.service';
export { createTaxRate } from './tax-rates.service';
