/** Card details as the shopper types them. */
export interface CardValues {
  number: string;
  /** "MM/YY" */
  expiry: string;
  cvc: string;
  name: string;
}

export type CardField = keyof CardValues;

export const emptyCard: CardValues = { number: '', expiry: '', cvc: '', name: '' };

/** The digits of a card number typed with spaces or dashes. */
export function cardDigits(number: string): string {
  return number.replace(/[\s-]/g, '');
}

/** The Luhn checksum every card number carries (catches most typos). */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** "04/29", "4/29" or "04/2029" → { month: 4, year: 2029 }; null when not a month and year. */
export function parseExpiry(expiry: string): { month: number; year: number } | null {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(expiry);
  if (!match) return null;
  const month = Number(match[1]);
  const year = match[2]?.length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  if (month < 1 || month > 12) return null;
  return { month, year };
}

/** The card's problems, field by field (empty when it can be sent). `now` decides whether it has expired. */
export function checkCard(values: CardValues, now = new Date()): Partial<Record<CardField, string>> {
  const digits = cardDigits(values.number);
  const expiry = parseExpiry(values.expiry);
  const errors: Partial<Record<CardField, string>> = {};
  if (!digits) errors.number = 'Enter the card number.';
  else if (!/^\d{12,19}$/.test(digits) || !passesLuhn(digits)) errors.number = 'Check the card number.';
  if (!values.expiry.trim()) errors.expiry = 'Enter the expiry date.';
  else if (!expiry) errors.expiry = 'Enter the expiry date as MM/YY.';
  else if (expiry.year * 12 + expiry.month < now.getFullYear() * 12 + now.getMonth() + 1) {
    errors.expiry = 'This card has expired.';
  }
  if (!values.cvc.trim()) errors.cvc = 'Enter the security code.';
  else if (!/^\d{3,4}$/.test(values.cvc.trim())) errors.cvc = 'The security code is 3 or 4 digits.';
  return errors;
}

/** "•••• 4242": how a card is shown once entered. */
export function maskCard(number: string): string {
  return `•••• ${cardDigits(number).slice(-4)}`;
}
