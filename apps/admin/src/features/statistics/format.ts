import { currencyDigits, formatMoneyAmount } from '../../lib/decimal-input';

/** Minor units with their currency → "1500.00 EUR" (the back office's money format). */
export function formatMoney(money: { amount: number; currency: string }): string {
  return formatMoneyAmount(money, currencyDigits(money.currency));
}
