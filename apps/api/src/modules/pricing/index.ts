export type { CartTotals, LineInput, PromotionInput, ShippingMethodInput } from './cart-totals';
export { cartWeight, computeCartTotals, shippingPrice, skipReasons } from './cart-totals';
export { taxLineSchema } from './pricing.schemas';
export { promotionRoutes } from './promotions.routes';
export type { Shopper } from './promotions.service';
export {
  countRedemptions,
  findAutomaticPromotions,
  findPromotionsByCode,
  promotionUnavailableReason,
  redeemPromotions,
  shopperKey,
  toPromotionInput,
} from './promotions.service';
export { findShippingMethodsFor } from './shipping.service';
export { shippingTaxRoutes } from './shipping-tax.routes';
export { findTaxRatesFor } from './tax-rates.service';
