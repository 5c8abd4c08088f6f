import { describe, expect, it } from 'vitest';
import { contrastRatio, describeContrast, formatRatio } from './contrast';

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#1d4ed8', '#ffffff')).toBeCloseTo(6.7, 1);
    expect(contrastRatio('#fff', '#000000')).toBeNull();
  });

  it('rounds down so a failing pair never reads as passing', () => {
    expect(formatRatio(4.49)).toBe('4.4:1');
    expect(describeContrast(4.49)).toEqual({ readable: false, text: 'Too low (4.4:1, needs 4.5:1)' });
    expect(describeContrast(4.5).readable).toBe(true);
  });
});
