import { SelectField, TextField } from '@comptoir/ui';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { FilterSearchField } from '../../../components/filter-search-field';
import { PagedList } from '../../../components/paged-list';
import { parseAmount } from '../../../lib/decimal-input';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useListFilters } from '../../../lib/use-list-filters';
import {
  fulfillmentStatuses,
  orderSorts,
  orderStatuses,
  paymentStatuses,
  useOrderList,
} from '../api/list-orders';
import { hasOrderFilters, type OrderFilterName, readOrderFilters, toOrderListQuery } from '../order-filters';
import {
  fulfillmentStatusLabels,
  orderSortLabels,
  orderStatusLabels,
  paymentStatusLabels,
} from '../order-labels';
import { type OrderLinkState, OrderTable, orderPath } from './order-table';
import './orders.css';

const statusOptions = [
  { value: '', label: 'All statuses' },
  ...orderStatuses.map((status) => ({ value: status, label: orderStatusLabels[status].label })),
];
const paymentOptions = [
  { value: '', label: 'Any payment' },
  ...paymentStatuses.map((status) => ({ value: status, label: paymentStatusLabels[status].label })),
];
const fulfillmentOptions = [
  { value: '', label: 'Any fulfilment' },
  ...fulfillmentStatuses.map((status) => ({ value: status, label: fulfillmentStatusLabels[status].label })),
];
const sortOptions = orderSorts.map((sort) => ({ value: sort, label: orderSortLabels[sort] }));

/** The error to show under a total being typed, if it cannot be read. */
function amountError(text: string, digits: number): string | undefined {
  const amount = parseAmount(text, digits);
  return amount.status === 'invalid' ? amount.message : undefined;
}

/**
 * A total typed in major units: kept as typed while it is being written, and written to the address (and so
 * sent) once typing pauses and it reads as an amount.
 */
function useAmountFilter(
  urlValue: string,
  digits: number,
  commit: (value: string) => void,
): [string, (text: string) => void, string | undefined] {
  const [text, setText] = useState(urlValue);
  const settled = useDebouncedValue(text.trim());
  useEffect(() => {
    if (settled !== urlValue && parseAmount(settled, digits).status !== 'invalid') commit(settled);
  }, [settled]);
  return [text, setText, amountError(text, digits)];
}

export interface OrderListProps {
  /** The store currency: totals are typed in its major unit. */
  currency: string;
  digits: number;
}

/**
 * The orders, searched, filtered and sorted by the API. The filters live in the address (the back button and a
 * shared link show the same list); the search and the totals apply once typing pauses.
 */
export function OrderList({ currency, digits }: OrderListProps) {
  const navigate = useNavigate();
  const { params, search, setSearch, q, setFilter, clearFilters, listSearch } =
    useListFilters<OrderFilterName>({ isDefault: (name, value) => name === 'sort' && value === 'newest' });
  const values = readOrderFilters(params, q);
  const [minText, setMinText, minError] = useAmountFilter(values.min, digits, (value) =>
    setFilter('min', value),
  );
  const [maxText, setMaxText, maxError] = useAmountFilter(values.max, digits, (value) =>
    setFilter('max', value),
  );
  const orders = useOrderList(toOrderListQuery(values, digits));

  const items = orders.data?.pages.flatMap((page) => page.items) ?? [];
  const total = orders.data?.pages[0]?.total ?? 0;
  const filtered = hasOrderFilters(values);

  function clearAll() {
    setMinText('');
    setMaxText('');
    clearFilters();
  }

  return (
    <>
      <search className="ad-filters ad-order-filters" aria-label="Filter orders">
        <FilterSearchField
          label="Search orders"
          placeholder="Number, email or customer name"
          value={search}
          onChange={setSearch}
        />
        <SelectField
          label="Status"
          options={statusOptions}
          value={values.status}
          onChange={(event) => setFilter('status', event.target.value)}
        />
        <SelectField
          label="Payment"
          options={paymentOptions}
          value={values.payment}
          onChange={(event) => setFilter('payment', event.target.value)}
        />
        <SelectField
          label="Fulfilment"
          options={fulfillmentOptions}
          value={values.fulfillment}
          onChange={(event) => setFilter('fulfillment', event.target.value)}
        />
        <TextField
          label="Placed from"
          type="date"
          value={values.from}
          max={values.to || undefined}
          onChange={(event) => setFilter('from', event.target.value)}
        />
        <TextField
          label="Placed to"
          type="date"
          value={values.to}
          min={values.from || undefined}
          onChange={(event) => setFilter('to', event.target.value)}
        />
        <TextField
          label={`Total from (${currency})`}
          inputMode="decimal"
          autoComplete="off"
          value={minText}
          error={minError}
          onChange={(event) => setMinText(event.target.value)}
        />
        <TextField
          label={`Total up to (${currency})`}
          inputMode="decimal"
          autoComplete="off"
          value={maxText}
          error={maxError}
          onChange={(event) => setMaxText(event.target.value)}
        />
        <SelectField
          label="Sort by"
          options={sortOptions}
          value={values.sort}
          onChange={(event) => setFilter('sort', event.target.value)}
        />
      </search>

      <PagedList
        query={orders}
        shown={items.length}
        total={total}
        noun="orders"
        loadingLabel="Loading orders…"
        errorTitle="Orders could not be loaded"
        emptyTitle={filtered ? 'No orders match these filters' : 'No orders yet'}
        emptyDescription={
          filtered
            ? 'Try another number, name or email, widen the dates or totals, or clear the filters.'
            : 'Orders appear here as soon as customers check out in the storefront.'
        }
        onClearFilters={filtered ? clearAll : undefined}
      >
        <OrderTable
          orders={items}
          listSearch={listSearch}
          onOpen={(id) => navigate(orderPath(id), { state: { listSearch } satisfies OrderLinkState })}
        />
      </PagedList>
    </>
  );
}
