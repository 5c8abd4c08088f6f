import { CheckboxField } from '@comptoir/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatMoney } from '../../../lib/money';
import type { ProductFacets } from '../api/catalog-types';
import {
  type FacetKind,
  isPriceBandSelected,
  type PriceBand,
  type ProductListQuery,
  withFacetValue,
  withInStock,
  withPriceBand,
} from '../product-list-query';
import { usePendingValue } from '../use-pending-value';
import './facet-filters.css';

/** A filter checkbox that shows its new state at once, while the URL it writes is applied. */
function FilterCheckbox({
  label,
  checked,
  disabled,
  onToggle,
}: {
  label: ReactNode;
  checked: boolean;
  disabled?: boolean;
  onToggle: (checked: boolean) => void;
}) {
  const [shown, setShown] = usePendingValue(checked);
  return (
    <CheckboxField
      className="sf-facet__choice"
      label={label}
      checked={shown}
      disabled={disabled}
      onChange={(event) => {
        setShown(event.target.checked);
        onToggle(event.target.checked);
      }}
    />
  );
}

export interface FacetFiltersProps {
  facets: ProductFacets;
  query: ProductListQuery;
  /** The URL's query string now; each filter writes the next one through `onChange`. */
  search: URLSearchParams;
  onChange: (next: URLSearchParams) => void;
  /** Currency of the price bands (minor units). */
  currency: string;
  /** Where a sub-category links to (the category page, keeping the words searched for). */
  categoryHref: (handle: string) => string;
}

type CountedBand = PriceBand & { count: number };

function describeBand(band: PriceBand, currency: string): string {
  const min = formatMoney({ amount: band.min, currency }, { dropZeroCents: true });
  if (band.max === null) return `${min} and above`;
  const max = formatMoney({ amount: band.max, currency }, { dropZeroCents: true });
  return band.min === 0 ? `Under ${max}` : `${min} to ${max}`;
}

/** The price bands as radio buttons (plus "Any price"), showing the new choice at once. */
function PriceBands({
  bands,
  query,
  currency,
  onSelect,
}: {
  bands: readonly CountedBand[];
  query: ProductListQuery;
  currency: string;
  onSelect: (band: PriceBand | null) => void;
}) {
  const key = (band: PriceBand | null) => (band ? `${band.min}-${band.max}` : 'any');
  const hasPrice = query.minPrice !== undefined || query.maxPrice !== undefined;
  // A price range typed into the URL that is no band leaves every radio unticked.
  const current = hasPrice ? key(bands.find((band) => isPriceBandSelected(query, band)) ?? null) : 'any';
  const [shown, setShown] = usePendingValue(hasPrice && current === 'any' ? 'custom' : current);
  const choose = (band: PriceBand | null) => {
    setShown(key(band));
    onSelect(band);
  };
  return (
    <fieldset className="sf-facet">
      <legend className="sf-facet__title">Price</legend>
      <label className="sf-facet__radio">
        <input type="radio" name="price-band" checked={shown === 'any'} onChange={() => choose(null)} />
        Any price
      </label>
      {bands.map((band) => (
        <label key={key(band)} className="sf-facet__radio">
          <input
            type="radio"
            name="price-band"
            checked={shown === key(band)}
            disabled={band.count === 0 && shown !== key(band)}
            onChange={() => choose(band)}
          />
          {describeBand(band, currency)} <span className="sf-facet__count">({band.count})</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The listing's filters: sub-categories (links), option and feature values (checkboxes), price bands
 * (radio buttons) and an in-stock switch, each with the number of products it leads to. Every change is a
 * new URL (so Back undoes it).
 */
export function FacetFilters({ facets, query, search, onChange, currency, categoryHref }: FacetFiltersProps) {
  const groups: { kind: FacetKind; name: string; values: ProductFacets['options'][number]['values'] }[] = [
    ...facets.options.map((facet) => ({ kind: 'option' as const, ...facet })),
    ...facets.features.map((facet) => ({ kind: 'feature' as const, ...facet })),
  ].filter((group) => group.values.length > 0);

  return (
    <div className="sf-facets">
      {facets.categories.length > 0 ? (
        <section className="sf-facet" aria-labelledby="facet-categories">
          <h2 className="sf-facet__title" id="facet-categories">
            Categories
          </h2>
          <ul className="sf-facet__links">
            {facets.categories.map((category) => (
              <li key={category.handle}>
                <Link to={categoryHref(category.handle)} className="sf-facet__link">
                  <span>{category.name}</span>
                  <span className="sf-facet__count">
                    <span className="ct-visually-hidden">, </span>
                    {category.count}
                    <span className="ct-visually-hidden"> products</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {groups.map((group) => (
        <fieldset key={`${group.kind}:${group.name}`} className="sf-facet">
          <legend className="sf-facet__title">{group.name}</legend>
          {group.values.map((value) => {
            const selected = (group.kind === 'option' ? query.options : query.features).includes(
              `${group.name}:${value.value}`,
            );
            return (
              <FilterCheckbox
                key={value.value}
                label={
                  <>
                    {value.value} <span className="sf-facet__count">({value.count})</span>
                  </>
                }
                checked={selected}
                // A value no product has would empty the list; it stays visible (and can be unticked) when picked.
                disabled={value.count === 0 && !selected}
                onToggle={(checked) =>
                  onChange(withFacetValue(search, group.kind, group.name, value.value, checked))
                }
              />
            );
          })}
        </fieldset>
      ))}

      {facets.priceBands.length > 0 ? (
        <PriceBands
          bands={facets.priceBands}
          query={query}
          currency={currency}
          onSelect={(band) => onChange(withPriceBand(search, band))}
        />
      ) : null}

      <fieldset className="sf-facet">
        <legend className="sf-facet__title">Availability</legend>
        <FilterCheckbox
          label="In stock only"
          checked={query.inStock}
          onToggle={(checked) => onChange(withInStock(search, checked))}
        />
      </fieldset>
    </div>
  );
}
