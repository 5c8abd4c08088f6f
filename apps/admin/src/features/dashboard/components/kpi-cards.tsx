import { cx } from '@comptoir/ui';
import type { ReactNode } from 'react';
import { currencyDigits, formatMoneyAmount } from '../../../lib/decimal-input';
import type { StatsKpis } from '../api/get-stats-summary';
import { describeKpiChange, kpiChange } from '../kpi-change';

type Money = StatsKpis['netRevenue'];

function formatMoney(money: Money): string {
  return formatMoneyAmount(money, currencyDigits(money.currency));
}

const numberFormat = new Intl.NumberFormat(undefined);
const rateFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });

interface KpiDefinition {
  id: string;
  label: string;
  value: (kpis: StatsKpis) => number;
  format: (kpis: StatsKpis) => ReactNode;
  /** More of it is bad news (refunds, abandoned carts): the colour is reversed, the words are not. */
  lowerIsBetter?: boolean;
  detail?: (kpis: StatsKpis) => string;
}

const definitions: readonly KpiDefinition[] = [
  {
    id: 'net-revenue',
    label: 'Net revenue',
    value: (kpis) => kpis.netRevenue.amount,
    format: (kpis) => formatMoney(kpis.netRevenue),
    detail: (kpis) => `${formatMoney(kpis.grossRevenue)} gross`,
  },
  {
    id: 'orders',
    label: 'Orders',
    value: (kpis) => kpis.orders,
    format: (kpis) => numberFormat.format(kpis.orders),
  },
  {
    id: 'average-order-value',
    label: 'Average order value',
    value: (kpis) => kpis.averageOrderValue.amount,
    format: (kpis) => formatMoney(kpis.averageOrderValue),
  },
  {
    id: 'items-sold',
    label: 'Items sold',
    value: (kpis) => kpis.itemsSold,
    format: (kpis) => numberFormat.format(kpis.itemsSold),
  },
  {
    id: 'new-customers',
    label: 'New customers',
    value: (kpis) => kpis.newCustomers,
    format: (kpis) => numberFormat.format(kpis.newCustomers),
  },
  {
    id: 'returning-customers',
    label: 'Returning customers',
    value: (kpis) => kpis.returningCustomers,
    format: (kpis) => numberFormat.format(kpis.returningCustomers),
  },
  {
    id: 'conversion-rate',
    label: 'Conversion rate',
    value: (kpis) => kpis.conversionRate,
    format: (kpis) => rateFormat.format(kpis.conversionRate),
    detail: (kpis) => `${numberFormat.format(kpis.carts)} ${kpis.carts === 1 ? 'cart' : 'carts'} created`,
  },
  {
    id: 'refunds',
    label: 'Refunds',
    value: (kpis) => kpis.refunds.amount,
    format: (kpis) => formatMoney(kpis.refunds),
    lowerIsBetter: true,
  },
  {
    id: 'abandoned-carts',
    label: 'Abandoned carts',
    value: (kpis) => kpis.abandonedCarts.count,
    format: (kpis) => numberFormat.format(kpis.abandonedCarts.count),
    detail: (kpis) => `${formatMoney(kpis.abandonedCarts.value)} left in them`,
    lowerIsBetter: true,
  },
];

const arrows = { up: '▲', down: '▼', flat: '■', none: '—' } as const;

export interface KpiCardsProps {
  current: StatsKpis;
  previous: StatsKpis;
  /** "previous 30 days": what the changes compare with. */
  previousLabel: string;
}

/** The key figures of the period, each with its change against the period just before, in words as well. */
export function KpiCards({ current, previous, previousLabel }: KpiCardsProps) {
  return (
    <ul className="ad-kpis" aria-label="Key figures">
      {definitions.map((definition) => {
        const change = kpiChange(definition.value(current), definition.value(previous));
        const good =
          change.direction === 'up' || change.direction === 'down'
            ? (change.direction === 'up') !== Boolean(definition.lowerIsBetter)
            : null;
        return (
          <li key={definition.id} className="ad-kpi">
            <p className="ad-kpi__label">{definition.label}</p>
            <p className="ad-kpi__value">{definition.format(current)}</p>
            {definition.detail ? <p className="ad-kpi__detail">{definition.detail(current)}</p> : null}
            <p
              className={cx(
                'ad-kpi__change',
                good === true && 'ad-kpi__change--good',
                good === false && 'ad-kpi__change--bad',
              )}
            >
              <span aria-hidden="true">{arrows[change.direction]} </span>
              {describeKpiChange(change, previousLabel)}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
