import { describe, expect, it } from 'vitest';
import { queryWords, withinOneEdit } from './typo-correction';

describe('one-typo distance', () => {
  it('accepts exactly one replaced, inserted, removed or swapped letter', () => {
    expect(withinOneEdit('linen', 'linan')).toBe(true); // replaced
    expect(withinOneEdit('linen', 'lnen')).toBe(true); // removed
    expect(withinOneEdit('linen', 'linnen')).toBe(true); // inserted
    expect(withinOneEdit('linen', 'lnien')).toBe(true); // swapped
    expect(withinOneEdit('chemise', 'chemsie')).toBe(true);
    expect(withinOneEdit('écrue', 'écure')).toBe(true);
  });

  it('refuses identical words and two typos', () => {
    expect(withinOneEdit('linen', 'linen')).toBe(false);
    expect(withinOneEdit('linen', 'lnian')).toBe(false);
    expect(withinOneEdit('linen', 'linenss')).toBe(false);
    expect(withinOneEdit('velvet', 'tevvel')).toBe(false);
    expect(withinOneEdit('abcd', 'badc')).toBe(false);
  });

  it('splits queries into lower-case words', () => {
    expect(queryWords('Chemise, en LIN!  bleu')).toEqual(['chemise', 'en', 'lin', 'bleu']);
  });
});
