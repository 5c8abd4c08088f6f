import { ApiError } from '@comptoir/sdk';
import {
  formatAmount,
  formatMoneyAmount,
  formatPercent,
  formatPercentNumber,
  parseAmount,
  parsePercent,
  parseWholeNumber,
} from '../../lib/decimal-input';
import { fromDateTimeLocal, toDateTimeLocal } from '../../lib/format-date';

export const promotionKinds = ['percentage', 'fixed_amount', 'free_shipping', 'buy_x_get_y'] as const;
export type PromotionKind = (typeof promotionKinds)[number];

/** A promotion as the API describes it (the fields this feature reads). */
export interface PromotionShape {
  name: string;
  code: string | null;
  kind: PromotionKind;
  value: number;
  buyQuantity: number | null;
  getQuantity: number | null;
  conditions: {
    minSubtotal: { amount: number; currency: string } | null;
    productIds: readonly string[];
    categoryIds: readonly string[];
    firstOrderOnly: boolean;
    customerIds: readonly string[];
  };
  startsAt: string | null;
  endsAt: string | null;
  usageLimit: number | null;
  perCustomerLimit: number | null;
  usageCount: number;
  combinable: boolean;
  active: boolean;
}

/** The promotion form, as typed (amounts in major units, the percentage as "10", dates as datetime-local). */
export interface PromotionFormValues {
  name: string;
  /** 'code': customers type `code`; 'automatic': applied whenever the conditions hold. */
  trigger: 'code' | 'automatic';
  code: string;
  kind: PromotionKind;
  percent: string;
  amount: string;
  buyQuantity: string;
  getQuantity: string;
  minSubtotal: string;
  productIds: string[];
  categoryIds: string[];
  firstOrderOnly: boolean;
  customerIds: string[];
  startsAt: string;
  endsAt: string;
  usageLimit: string;
  perCustomerLimit: string;
  combinable: boolean;
  active: boolean;
}

/** What the API takes to create a promotion (amounts in minor units, the percentage in basis points). */
export interface PromotionInput {
  name: string;
  code: string | null;
  kind: PromotionKind;
  value: number;
  buyQuantity: number | null;
  getQuantity: number | null;
  conditions: {
    minSubtotal: number | null;
    productIds: string[];
    categoryIds: string[];
    firstOrderOnly: boolean;
    customerIds: string[];
  };
  startsAt: string | null;
  endsAt: string | null;
  usageLimit: number | null;
  perCustomerLimit: number | null;
  combinable: boolean;
  active: boolean;
}

export const promotionFields = [
  'name',
  'code',
  'kind',
  'value',
  'buyQuantity',
  'getQuantity',
  'minSubtotal',
  'productIds',
  'categoryIds',
  'firstOrderOnly',
  'customerIds',
  'startsAt',
  'endsAt',
  'usageLimit',
  'perCustomerLimit',
  'combinable',
  'active',
] as const;
export type PromotionField = (typeof promotionFields)[number];

export interface PromotionFormErrors {
  fields: Partial<Record<PromotionField, string>>;
  form: string | null;
  /** 409 `version_conflict`: someone else saved first; the form must be reloaded. */
  conflict: boolean;
}

export function emptyPromotionValues(): PromotionFormValues {
  return {
    name: '',
    trigger: 'code',
    code: '',
    kind: 'percentage',
    percent: '',
    amount: '',
    buyQuantity: '2',
    getQuantity: '1',
    minSubtotal: '',
    productIds: [],
    categoryIds: [],
    firstOrderOnly: false,
    customerIds: [],
    startsAt: '',
    endsAt: '',
    usageLimit: '',
    perCustomerLimit: '',
    combinable: true,
    active: true,
  };
}

function wholeText(value: number | null): string {
  return value === null ? '' : String(value);
}

/** A saved promotion as the form's values. */
export function toPromotionValues(promotion: PromotionShape, digits: number): PromotionFormValues {
  return {
    name: promotion.name,
    trigger: promotion.code === null ? 'automatic' : 'code',
    code: promotion.code ?? '',
    kind: promotion.kind,
    percent: promotion.kind === 'percentage' ? formatPercentNumber(promotion.value) : '',
    amount: promotion.kind === 'fixed_amount' ? formatAmount(promotion.value, digits) : '',
    buyQuantity: wholeText(promotion.buyQuantity) || '2',
    getQuantity: wholeText(promotion.getQuantity) || '1',
    minSubtotal: promotion.conditions.minSubtotal
      ? formatAmount(promotion.conditions.minSubtotal.amount, digits)
      : '',
    productIds: [...promotion.conditions.productIds],
    categoryIds: [...promotion.conditions.categoryIds],
    firstOrderOnly: promotion.conditions.firstOrderOnly,
    customerIds: [...promotion.conditions.customerIds],
    startsAt: toDateTimeLocal(promotion.startsAt),
    endsAt: toDateTimeLocal(promotion.endsAt),
    usageLimit: wholeText(promotion.usageLimit),
    perCustomerLimit: wholeText(promotion.perCustomerLimit),
    combinable: promotion.combinable,
    active: promotion.active,
  };
}

/** A whole number ≥ 1, or null when empty. */
function readCount(
  text: string,
  field: PromotionField,
  errors: PromotionFormErrors['fields'],
  required: boolean,
): number | null {
  const parsed = parseWholeNumber(text);
  if (parsed.status === 'empty') {
    if (required) errors[field] = 'Enter a number, at least 1.';
    return null;
  }
  if (parsed.status === 'invalid') {
    errors[field] = parsed.message;
    return null;
  }
  if (parsed.value < 1) {
    errors[field] = 'Enter at least 1.';
    return null;
  }
  return parsed.value;
}

/**
 * Checks what the browser can (numbers, amounts, dates in order) and builds the API input; the rest (a missing
 * name, a code in use…) is the API's to say, shown on the fields the same way.
 */
export function toPromotionInput(
  values: PromotionFormValues,
  digits: number,
): { input: PromotionInput; errors: null } | { input: null; errors: PromotionFormErrors } {
  const fields: PromotionFormErrors['fields'] = {};
  let value = 0;
  if (values.kind === 'percentage') {
    const percent = parsePercent(values.percent);
    if (percent.status === 'valid' && percent.value > 0) value = percent.value;
    else if (percent.status === 'invalid') fields.value = percent.message;
    else fields.value = 'Enter the discount, e.g. 10 for 10 %.';
  } else if (values.kind === 'fixed_amount') {
    const amount = parseAmount(values.amount, digits);
    if (amount.status === 'valid' && amount.value > 0) value = amount.value;
    else if (amount.status === 'invalid') fields.value = amount.message;
    else fields.value = 'Enter the amount taken off, e.g. 5.00.';
  }
  const isBuyGet = values.kind === 'buy_x_get_y';
  const buyQuantity = isBuyGet ? readCount(values.buyQuantity, 'buyQuantity', fields, true) : null;
  const getQuantity = isBuyGet ? readCount(values.getQuantity, 'getQuantity', fields, true) : null;

  let minSubtotal: number | null = null;
  const parsedMinimum = parseAmount(values.minSubtotal, digits);
  if (parsedMinimum.status === 'valid') minSubtotal = parsedMinimum.value;
  else if (parsedMinimum.status === 'invalid') fields.minSubtotal = parsedMinimum.message;

  const startsAt = fromDateTimeLocal(values.startsAt);
  const endsAt = fromDateTimeLocal(values.endsAt);
  if (startsAt === undefined) fields.startsAt = 'Enter a date and time.';
  if (endsAt === undefined) fields.endsAt = 'Enter a date and time.';
  if (startsAt && endsAt && endsAt <= startsAt) fields.endsAt = 'The end must be after the start.';

  const usageLimit = readCount(values.usageLimit, 'usageLimit', fields, false);
  const perCustomerLimit = readCount(values.perCustomerLimit, 'perCustomerLimit', fields, false);

  const code = values.trigger === 'code' ? values.code.trim() : null;
  if (code === '') fields.code = 'Enter the code customers will type, or choose “Automatic”.';

  if (Object.keys(fields).length > 0) {
    return { input: null, errors: { fields, form: 'Check the highlighted fields.', conflict: false } };
  }
  return {
    input: {
      name: values.name.trim(),
      code,
      kind: values.kind,
      value,
      buyQuantity,
      getQuantity,
      conditions: {
        minSubtotal,
        productIds: values.productIds,
        categoryIds: values.categoryIds,
        firstOrderOnly: values.firstOrderOnly,
        customerIds: values.customerIds,
      },
      startsAt: startsAt ?? null,
      endsAt: endsAt ?? null,
      usageLimit,
      perCustomerLimit,
      combinable: values.combinable,
      active: values.active,
    },
    errors: null,
  };
}

function isPromotionField(name: string): name is PromotionField {
  return (promotionFields as readonly string[]).includes(name);
}

/** `conditions.minSubtotal`, `/conditions/productIds/2` and `body.name` name the form fields. */
function toPromotionField(path: string): PromotionField | null {
  const parts = path
    .replace(/^\/+/, '')
    .replace(/^body[./]/, '')
    .split(/[./[\]]+/)
    .filter(Boolean);
  const name = parts[0] === 'conditions' ? parts[1] : parts[0];
  return name && isPromotionField(name) ? name : null;
}

/** Turns a failed save into messages for the form. */
export function getPromotionFormErrors(
  error: unknown,
  describe: (error: unknown) => string,
): PromotionFormErrors {
  if (!error) return { fields: {}, form: null, conflict: false };
  if (error instanceof ApiError) {
    if (error.code === 'version_conflict') {
      return {
        fields: {},
        form: 'Someone else changed this promotion since you opened it. Reload it to see their changes, then make yours again.',
        conflict: true,
      };
    }
    const fields: PromotionFormErrors['fields'] = {};
    const other: string[] = [];
    for (const { path, message } of error.errors) {
      const field = toPromotionField(path);
      if (field) fields[field] ??= message;
      else other.push(message);
    }
    if (error.code === 'discount_code_taken' && !fields.code) {
      fields.code = error.detail ?? 'Another promotion already uses this code.';
    }
    if (Object.keys(fields).length > 0) {
      return {
        fields,
        form: ['Check the highlighted fields.', ...other].join(' '),
        conflict: false,
      };
    }
  }
  return { fields: {}, form: describe(error), conflict: false };
}

/** "10 %", "5.00 EUR off", "Free shipping", "Buy 2 get 1". */
export function describeDiscount(
  promotion: Pick<PromotionShape, 'kind' | 'value' | 'buyQuantity' | 'getQuantity'>,
  currency: string,
  digits: number,
): string {
  switch (promotion.kind) {
    case 'percentage':
      return formatPercent(promotion.value);
    case 'fixed_amount':
      return `${formatMoneyAmount({ amount: promotion.value, currency }, digits)} off`;
    case 'free_shipping':
      return 'Free shipping';
    case 'buy_x_get_y':
      return `Buy ${promotion.buyQuantity ?? '?'} get ${promotion.getQuantity ?? '?'}`;
  }
}

/** "3 / 5" (used / limit), or "3" without a limit. */
export function describeUsage(promotion: Pick<PromotionShape, 'usageCount' | 'usageLimit'>): string {
  return promotion.usageLimit === null
    ? String(promotion.usageCount)
    : `${promotion.usageCount} / ${promotion.usageLimit}`;
}
