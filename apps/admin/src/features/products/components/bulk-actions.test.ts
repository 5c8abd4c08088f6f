import { describe, expect, it } from 'vitest';
import { adjustedExample, parsePercent } from './bulk-actions';
import { moveId } from './image-manager';

describe('bulk price adjustment', () => {
  it('accepts -90 to 1000 with up to two decimals, not zero', () => {
    expect(parsePercent('-10')).toBe(-10);
    expect(parsePercent('12,5')).toBe(12.5);
    expect(parsePercent('1000')).toBe(1000);
    expect(parsePercent('-91')).toBeNull();
    expect(parsePercent('0')).toBeNull();
    expect(parsePercent('1.234')).toBeNull();
    expect(parsePercent('ten')).toBeNull();
  });

  it('shows an example rounded to the cent', () => {
    expect(adjustedExample(2000, -10)).toBe(1800);
    expect(adjustedExample(1999, 12.5)).toBe(2249);
  });
});

describe('image order', () => {
  it('moves an image to a new position', () => {
    expect(moveId(['a', 'b', 'c'], 'c', 0)).toEqual(['c', 'a', 'b']);
    expect(moveId(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(moveId(['a', 'b', 'c'], 'a', 9)).toEqual(['b', 'c', 'a']);
  });
});
