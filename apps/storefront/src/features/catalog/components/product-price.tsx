import { VisuallyHidden } from '@comptoir/ui';
import { formatMoney, type Money } from '../../../lib/money';
import type { PriceRange } from '../api/catalog-types';
import './product-price.css';

export interface ProductPriceProps {
  /** One price, or a range ("From €x" when the variants' prices differ). */
  price: Money | PriceRange;
  /** The regular price, struck through, when it is above the price. */
  compareAtPrice?: Money | null;
  size?: 'md' | 'lg';
}

/** A product or variant price in the money's currency, with its regular price struck through on a sale. */
export function ProductPrice({ price, compareAtPrice, size = 'md' }: ProductPriceProps) {
  const range = 'min' in price ? price : { min: price, max: price };
  const varies = range.min.amount !== range.max.amount;
  const onSale = compareAtPrice != null && compareAtPrice.amount > range.min.amount;
  return (
    <p className={`sf-price sf-price--${size}`}>
      <span className={onSale ? 'sf-price__current sf-price__current--sale' : 'sf-price__current'}>
        {onSale ? <VisuallyHidden>Sale price: </VisuallyHidden> : null}
        {varies ? `From ${formatMoney(range.min)}` : formatMoney(range.min)}
      </span>
      {onSale ? (
        <>
          {' '}
          <s className="sf-price__compare">
            <VisuallyHidden>Regular price: </VisuallyHidden>
            {formatMoney(compareAtPrice)}
          </s>
        </>
      ) : null}
    </p>
  );
}
