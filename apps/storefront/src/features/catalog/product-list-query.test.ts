import { describe, expect, it } from 'vitest';
import {
  isPriceBandSelected,
  readProductListQuery,
  withCursor,
  withFacetValue,
  withInStock,
  withoutFilters,
  withPriceBand,
  withSort,
} from './product-list-query';

const params = (text: string) => new URLSearchParams(text);

describe('product list query in the URL', () => {
  it('reads words, repeated facet values, price, stock, sort and cursor', () => {
    const query = readProductListQuery(
      params(
        'q=robe&option=Size:M&option=Size:L&feature=Material:Cotton&minPrice=2000&maxPrice=5000&inStock=true&sort=price_asc&cursor=abc',
      ),
      { category: 'dresses' },
    );
    expect(query).toEqual({
      q: 'robe',
      category: 'dresses',
      options: ['Size:M', 'Size:L'],
      features: ['Material:Cotton'],
      minPrice: 2000,
      maxPrice: 5000,
      inStock: true,
      sort: 'price_asc',
      cursor: 'abc',
      limit: 24,
    });
  });

  it('defaults to relevance with words, newest without, and ignores what it cannot use', () => {
    expect(readProductListQuery(params('q=robe')).sort).toBe('relevance');
    expect(readProductListQuery(params('')).sort).toBe('newest');
    expect(readProductListQuery(params('sort=relevance')).sort).toBe('newest');
    const odd = readProductListQuery(params('sort=cheapest&minPrice=-5&maxPrice=abc&option=nocolon&q=%20'));
    expect(odd).toEqual({ options: [], features: [], inStock: false, sort: 'newest', limit: 24 });
  });

  it('toggles facet values and drops the cursor on every filter change', () => {
    const start = params('q=robe&option=Size:M&cursor=abc');
    expect(withFacetValue(start, 'option', 'Size', 'L', true).toString()).toBe(
      'q=robe&option=Size%3AM&option=Size%3AL',
    );
    expect(withFacetValue(start, 'option', 'Size', 'M', false).toString()).toBe('q=robe');
    expect(withFacetValue(start, 'feature', 'Material', 'Lin: lavé', true).getAll('feature')).toEqual([
      'Material:Lin: lavé',
    ]);
    expect(withInStock(start, true).toString()).toBe('q=robe&option=Size%3AM&inStock=true');
    expect(withPriceBand(start, { min: 2000, max: null }).toString()).toBe(
      'q=robe&option=Size%3AM&minPrice=2000',
    );
    expect(withPriceBand(params('minPrice=1&maxPrice=2'), { min: 0, max: 2000 }).toString()).toBe(
      'maxPrice=1999',
    );
    expect(withPriceBand(params(''), { min: 2000, max: 5000 }).toString()).toBe(
      'minPrice=2000&maxPrice=4999',
    );
    expect(withPriceBand(params('minPrice=1&maxPrice=2'), null).toString()).toBe('');
  });

  it('recognises the selected price band', () => {
    const query = readProductListQuery(params('minPrice=2000&maxPrice=4999'));
    expect(isPriceBandSelected(query, { min: 2000, max: 5000 })).toBe(true);
    expect(isPriceBandSelected(query, { min: 2000, max: null })).toBe(false);
    expect(isPriceBandSelected(readProductListQuery(params('maxPrice=1999')), { min: 0, max: 2000 })).toBe(
      true,
    );
  });

  it('leaves the default sort out of the URL', () => {
    expect(withSort(params('q=robe&cursor=x'), 'relevance').toString()).toBe('q=robe');
    expect(withSort(params('q=robe'), 'newest').toString()).toBe('q=robe&sort=newest');
    expect(withSort(params('sort=price_asc'), 'newest').toString()).toBe('');
  });

  it('pages with cursors and clears filters but keeps the words and sort', () => {
    expect(withCursor(params('q=a'), 'next').toString()).toBe('q=a&cursor=next');
    expect(withCursor(params('q=a&cursor=next'), null).toString()).toBe('q=a');
    expect(withoutFilters(params('q=a&sort=newest&option=Size:M&inStock=true&cursor=x')).toString()).toBe(
      'q=a&sort=newest',
    );
  });
});
