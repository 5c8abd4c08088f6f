import { describe, expect, it } from 'vitest';
import {
  cartesianProduct,
  generateVariantRows,
  type OptionDraft,
  suggestSku,
  type VariantRow,
} from './variant-matrix';

const size: OptionDraft = { key: 'size', name: 'Size', values: ['S', 'M'] };
const color: OptionDraft = { key: 'color', name: 'Color', values: ['Red', 'Blue'] };

function saved(row: VariantRow, fields: Partial<VariantRow>): VariantRow {
  return { ...row, ...fields, skuSuggested: false };
}

describe('variants matrix', () => {
  it('makes one combination per value of each option, in option order', () => {
    expect(cartesianProduct([size, color])).toEqual([
      { size: 'S', color: 'Red' },
      { size: 'S', color: 'Blue' },
      { size: 'M', color: 'Red' },
      { size: 'M', color: 'Blue' },
    ]);
    expect(cartesianProduct([])).toEqual([{}]);
  });

  it('suggests SKUs from the handle and the values', () => {
    expect(suggestSku('linen-shirt', ['M', 'Bleu clair'])).toBe('LINEN-SHIRT-M-BLEU-CLAIR');
    expect(suggestSku('Chemise été', ['XL'])).toBe('CHEMISE-ETE-XL');
    const rows = generateVariantRows([size, color], [], 'linen-shirt');
    expect(rows.map((row) => row.sku)).toEqual([
      'LINEN-SHIRT-S-RED',
      'LINEN-SHIRT-S-BLUE',
      'LINEN-SHIRT-M-RED',
      'LINEN-SHIRT-M-BLUE',
    ]);
  });

  it('ignores options without a name or without values', () => {
    const rows = generateVariantRows([size, { key: 'x', name: 'Material', values: [] }], [], 'tee');
    expect(rows.map((row) => row.values)).toEqual([{ size: 'S' }, { size: 'M' }]);
  });

  it('keeps the rows of combinations that still exist when a value is added or removed', () => {
    const [s, m] = generateVariantRows([size], [], 'tee');
    if (!s || !m) throw new Error('two rows expected');
    const edited = [
      saved(s, {
        id: 'var_s',
        sku: 'TEE-SMALL',
        price: '19.90',
        stockOnHand: '4',
        barcode: '123',
        weightGrams: '150',
      }),
      saved(m, { id: 'var_m', sku: 'TEE-M', price: '21.00', compareAtPrice: '25.00' }),
    ];
    const withL = generateVariantRows([{ ...size, values: ['S', 'M', 'L'] }], edited, 'tee');
    expect(withL).toHaveLength(3);
    expect(withL[0]).toMatchObject({
      id: 'var_s',
      sku: 'TEE-SMALL',
      price: '19.90',
      barcode: '123',
      weightGrams: '150',
    });
    expect(withL[1]).toMatchObject({ id: 'var_m', sku: 'TEE-M', compareAtPrice: '25.00' });
    expect(withL[2]).toMatchObject({ sku: 'TEE-L', price: '', skuSuggested: true });
    expect(withL[2]?.id).toBeUndefined();

    // Removing S drops its row; swapping M for XL does not hand M's row (and id) to XL.
    const swapped = generateVariantRows([{ ...size, values: ['M', 'XL'] }], edited, 'tee');
    expect(swapped[0]).toMatchObject({ id: 'var_m', values: { size: 'M' } });
    expect(swapped[1]?.id).toBeUndefined();
  });

  it('keeps rows when an option is renamed (options are identified by key)', () => {
    const rows = generateVariantRows([size], [], 'tee').map((row, index) =>
      saved(row, { id: `var_${index}`, price: '10.00' }),
    );
    const renamed = generateVariantRows([{ ...size, name: 'Taille' }], rows, 'tee');
    expect(renamed.map((row) => row.id)).toEqual(['var_0', 'var_1']);
  });

  it('reuses each row for one combination when an option is added, and the single variant for the first', () => {
    const single = generateVariantRows([], [], 'tee');
    expect(single).toHaveLength(1);
    const priced = [saved(single[0] as VariantRow, { id: 'var_only', price: '30.00' })];
    const bySize = generateVariantRows([size], priced, 'tee');
    expect(bySize[0]).toMatchObject({ id: 'var_only', price: '30.00', values: { size: 'S' } });
    expect(bySize[1]?.id).toBeUndefined();

    const sized = bySize.map((row, index) => saved(row, { id: `var_${index}` }));
    const withColor = generateVariantRows([size, color], sized, 'tee');
    expect(withColor.map((row) => row.id)).toEqual(['var_0', undefined, 'var_1', undefined]);
    expect(withColor[0]?.values).toEqual({ size: 'S', color: 'Red' });

    // And back: removing Color keeps the first row of each size.
    const back = generateVariantRows([size], withColor, 'tee');
    expect(back.map((row) => row.id)).toEqual(['var_0', 'var_1']);
  });

  it('follows the handle in suggested SKUs, never in typed ones', () => {
    const rows = generateVariantRows([size], [], 'tee');
    const typed = [saved(rows[0] as VariantRow, { sku: 'MY-SKU' }), rows[1] as VariantRow];
    const renamed = generateVariantRows([size], typed, 'shirt');
    expect(renamed.map((row) => row.sku)).toEqual(['MY-SKU', 'SHIRT-M']);
  });
});
