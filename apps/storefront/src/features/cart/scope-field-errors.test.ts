import { ApiError } from '@comptoir/sdk';
import { describe, expect, it } from 'vitest';
import { scopeFieldErrors } from './scope-field-errors';

describe('scopeFieldErrors', () => {
  it('names nested API fields as the form does', () => {
    const error = new ApiError(400, {
      code: 'validation_failed',
      errors: [
        { path: 'shippingAddress.postalCode', message: 'Bad code' },
        { path: '/body/payment/card/expMonth', message: 'Expired' },
        { path: 'email', message: 'Bad email' },
      ],
    });
    const shipping = scopeFieldErrors(error, 'shippingAddress') as ApiError;
    expect(shipping.fieldError('postalCode')).toBe('Bad code');
    expect(shipping.fieldError('email')).toBe('Bad email');
    const card = scopeFieldErrors(error, 'payment.card', (name) =>
      name.startsWith('exp') ? 'expiry' : name,
    ) as ApiError;
    expect(card.fieldError('expiry')).toBe('Expired');
    expect(card.status).toBe(400);
    expect(scopeFieldErrors(null, 'x')).toBeNull();
  });
});
