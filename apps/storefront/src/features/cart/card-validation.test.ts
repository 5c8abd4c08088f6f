import { describe, expect, it } from 'vitest';
import { checkCard, maskCard, parseExpiry, passesLuhn } from './card-validation';

const now = new Date('2026-11-23T12:00:00Z');

describe('card validation', () => {
  it('checks the Luhn sum', () => {
    expect(passesLuhn('4242424242424242')).toBe(true);
    expect(passesLuhn('4000000000000002')).toBe(true);
    expect(passesLuhn('4242424242424241')).toBe(false);
  });

  it('reads expiry dates', () => {
    expect(parseExpiry('04/29')).toEqual({ month: 4, year: 2029 });
    expect(parseExpiry('4 / 2029')).toEqual({ month: 4, year: 2029 });
    expect(parseExpiry('13/29')).toBeNull();
    expect(parseExpiry('0429')).toBeNull();
  });

  it('accepts a valid test card and explains each problem', () => {
    expect(checkCard({ number: '4242 4242 4242 4242', expiry: '11/26', cvc: '123', name: '' }, now)).toEqual(
      {},
    );
    expect(checkCard({ number: '4242 4242 4242 4241', expiry: '10/26', cvc: '12', name: '' }, now)).toEqual({
      number: 'Check the card number.',
      expiry: 'This card has expired.',
      cvc: 'The security code is 3 or 4 digits.',
    });
    expect(checkCard({ number: '', expiry: '', cvc: '', name: '' }, now)).toEqual({
      number: 'Enter the card number.',
      expiry: 'Enter the expiry date.',
      cvc: 'Enter the security code.',
    });
  });

  it('masks all but the last 4 digits', () => {
    expect(maskCard('4242 4242 4242 4242')).toBe('•••• 4242');
  });
});
