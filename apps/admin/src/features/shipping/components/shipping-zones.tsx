import {
  Badge,
  Button,
  Card,
  EmptyState,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@comptoir/ui';
import { useMemo, useState } from 'react';
import { ConfirmDeleteDialog } from '../../../components/confirm-delete-dialog';
import { InlineEditingMessages } from '../../../components/inline-editing-messages';
import { countryName } from '../../../lib/countries';
import { formatMoneyAmount } from '../../../lib/decimal-input';
import { useInlineEditing } from '../../../lib/use-inline-editing';
import { useDeleteShippingMethod } from '../api/delete-shipping-method';
import { useDeleteShippingZone } from '../api/delete-shipping-zone';
import type { ShippingMethod, ShippingZone } from '../api/list-shipping-zones';
import { ShippingMethodForm } from './shipping-method-form';
import { ShippingZoneForm } from './shipping-zone-form';
import './shipping.css';

const gramsFormat = new Intl.NumberFormat('en');

/** "4.90 EUR", or the weight bands: "up to 1,000 g: 4.90 EUR". */
function describePrice(method: ShippingMethod, digits: number): string[] {
  if (method.kind === 'flat') return [formatMoneyAmount(method.price, digits)];
  if (method.weightBands.length === 0) return ['No weight bands'];
  return method.weightBands.map(
    (band) => `up to ${gramsFormat.format(band.upToGrams)} g: ${formatMoneyAmount(band.price, digits)}`,
  );
}

/** Which zone each country is in (for the country picker of the others). */
function countriesTakenOutside(zones: readonly ShippingZone[], zoneId: string | null) {
  const taken = new Map<string, string>();
  for (const zone of zones) {
    if (zone.id === zoneId) continue;
    for (const code of zone.countries) taken.set(code, zone.name);
  }
  return taken;
}

type Editing =
  | { type: 'new-zone' }
  | { type: 'zone'; zoneId: string }
  | { type: 'new-method'; zoneId: string }
  | { type: 'method'; zoneId: string; methodId: string }
  | null;

/** The `data-return-focus` key of the button that opens each form. */
function openerKey(editing: NonNullable<Editing>): string {
  switch (editing.type) {
    case 'new-zone':
      return 'new-zone';
    case 'zone':
      return `zone-${editing.zoneId}`;
    case 'new-method':
      return `new-method-${editing.zoneId}`;
    case 'method':
      return `method-${editing.methodId}`;
  }
}

type PendingDelete =
  | { type: 'zone'; zone: ShippingZone }
  | { type: 'method'; zone: ShippingZone; method: ShippingMethod }
  | null;

export interface ShippingZonesProps {
  zones: readonly ShippingZone[];
  /** `settings:write`: may create, edit and delete. */
  canWrite: boolean;
  /** The store currency, and its decimals (2 for EUR). */
  currency: string;
  digits: number;
}

/**
 * Shipping zones (groups of countries) with their methods: one card per zone, its methods in a table. Forms
 * open in place; deletions ask first.
 */
export function ShippingZones({ zones, canWrite, currency, digits }: ShippingZonesProps) {
  const [pendingDelete, setPendingDelete] = useState<PendingDelete>(null);
  const deleteZone = useDeleteShippingZone();
  const deleteMethod = useDeleteShippingMethod();
  const deleteError = deleteZone.error ?? deleteMethod.error;
  const allTaken = useMemo(() => countriesTakenOutside(zones, null), [zones]);
  const { editing, message, setMessage, rootRef, messagesRef, open, done } = useInlineEditing(
    openerKey,
    () => {
      deleteZone.reset();
      deleteMethod.reset();
    },
  );

  function confirmDelete() {
    const target = pendingDelete;
    setPendingDelete(null);
    if (!target) return;
    setMessage(null);
    if (target.type === 'zone') {
      deleteMethod.reset();
      deleteZone.mutate(target.zone.id, {
        onSuccess: () => setMessage(`Shipping zone “${target.zone.name}” deleted.`),
      });
    } else {
      deleteZone.reset();
      deleteMethod.mutate(target.method.id, {
        onSuccess: () => setMessage(`Shipping method “${target.method.name}” deleted.`),
      });
    }
  }

  return (
    <div ref={rootRef} className="ad-stack">
      <InlineEditingMessages
        containerRef={messagesRef}
        className="ad-shipping__messages"
        message={message}
        onDismiss={() => setMessage(null)}
        error={deleteError}
        errorTitle="Nothing was deleted"
      />

      {canWrite && editing?.type === 'new-zone' ? (
        <Card title="New shipping zone">
          <ShippingZoneForm takenBy={allTaken} onDone={done} />
        </Card>
      ) : canWrite ? (
        <div>
          <Button data-return-focus="new-zone" onClick={() => open({ type: 'new-zone' })}>
            Add shipping zone
          </Button>
        </div>
      ) : null}

      {zones.length === 0 && editing?.type !== 'new-zone' ? (
        <EmptyState
          title="No shipping zones yet"
          description={
            canWrite
              ? 'Customers cannot check out until you ship to their country. Add a zone for the countries you ship to, then its methods and prices.'
              : 'Customers cannot check out until the store ships to their country. Ask someone with settings access to add a zone.'
          }
        />
      ) : null}

      {zones.map((zone) => {
        const editingZone = editing?.type === 'zone' && editing.zoneId === zone.id;
        const methodBeingEdited =
          editing?.type === 'method' && editing.zoneId === zone.id ? editing.methodId : null;
        return (
          <Card
            key={zone.id}
            title={zone.name}
            description={
              zone.countries.length > 0 ? zone.countries.map(countryName).join(', ') : 'No countries'
            }
            actions={
              canWrite && !editingZone ? (
                <span className="ad-row-actions">
                  <Button
                    variant="secondary"
                    size="sm"
                    aria-label={`Edit zone ${zone.name}`}
                    data-return-focus={`zone-${zone.id}`}
                    onClick={() => open({ type: 'zone', zoneId: zone.id })}
                  >
                    Edit zone
                  </Button>
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`Delete zone ${zone.name}`}
                    onClick={() => setPendingDelete({ type: 'zone', zone })}
                  >
                    Delete zone
                  </Button>
                </span>
              ) : null
            }
          >
            {editingZone ? (
              <div className="ad-shipping__panel">
                <ShippingZoneForm zone={zone} takenBy={countriesTakenOutside(zones, zone.id)} onDone={done} />
              </div>
            ) : null}

            {zone.methods.length === 0 ? (
              <p className="ct-text-muted">
                No shipping methods: customers in these countries cannot check out yet.
              </p>
            ) : (
              <Table
                caption={`Shipping methods for ${zone.name}`}
                hideCaption
                className="ad-table--stack ad-shipping__methods"
                wrapperClassName="ad-table-wrap"
              >
                <TableHead>
                  <TableRow>
                    <TableHeaderCell>Method</TableHeaderCell>
                    <TableHeaderCell>Price</TableHeaderCell>
                    <TableHeaderCell>Free over</TableHeaderCell>
                    <TableHeaderCell>Status</TableHeaderCell>
                    {canWrite ? (
                      <TableHeaderCell align="end">
                        <span className="ct-visually-hidden">Actions</span>
                      </TableHeaderCell>
                    ) : null}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {zone.methods.map((method) => (
                    <TableRow key={method.id}>
                      <TableCell>
                        <span className="ad-cell-main">
                          <strong>{method.name}</strong>
                          {method.estimate ? <span className="ad-cell-sub">{method.estimate}</span> : null}
                        </span>
                      </TableCell>
                      <TableCell data-label="Price">
                        <span className="ad-cell-main">
                          {describePrice(method, digits).map((line) => (
                            <span key={line}>{line}</span>
                          ))}
                        </span>
                      </TableCell>
                      <TableCell data-label="Free over">
                        {method.freeOver ? formatMoneyAmount(method.freeOver, digits) : '—'}
                      </TableCell>
                      <TableCell data-label="Status">
                        {method.active ? (
                          <Badge tone="success">Active</Badge>
                        ) : (
                          <Badge tone="neutral">Inactive</Badge>
                        )}
                      </TableCell>
                      {canWrite ? (
                        <TableCell align="end" className="ad-table__actions">
                          <span className="ad-row-actions">
                            <Button
                              variant="ghost"
                              size="sm"
                              aria-label={`Edit method ${method.name}`}
                              data-return-focus={`method-${method.id}`}
                              aria-expanded={methodBeingEdited === method.id}
                              onClick={() =>
                                open(
                                  methodBeingEdited === method.id
                                    ? null
                                    : { type: 'method', zoneId: zone.id, methodId: method.id },
                                )
                              }
                            >
                              Edit
                            </Button>
                            <Button
                              variant="ghost"
                              size="sm"
                              aria-label={`Delete method ${method.name}`}
                              onClick={() => setPendingDelete({ type: 'method', zone, method })}
                            >
                              Delete
                            </Button>
                          </span>
                        </TableCell>
                      ) : null}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}

            {methodBeingEdited ? (
              <div className="ad-shipping__panel">
                <ShippingMethodForm
                  key={methodBeingEdited}
                  zoneId={zone.id}
                  zoneName={zone.name}
                  method={zone.methods.find((method) => method.id === methodBeingEdited)}
                  currency={currency}
                  digits={digits}
                  onDone={done}
                />
              </div>
            ) : null}

            {canWrite && editing?.type === 'new-method' && editing.zoneId === zone.id ? (
              <div className="ad-shipping__panel">
                <ShippingMethodForm
                  zoneId={zone.id}
                  zoneName={zone.name}
                  currency={currency}
                  digits={digits}
                  onDone={done}
                />
              </div>
            ) : canWrite ? (
              <div className="ad-shipping__add-method">
                <Button
                  variant="secondary"
                  size="sm"
                  aria-label={`Add a shipping method to ${zone.name}`}
                  data-return-focus={`new-method-${zone.id}`}
                  onClick={() => open({ type: 'new-method', zoneId: zone.id })}
                >
                  Add method
                </Button>
              </div>
            ) : null}
          </Card>
        );
      })}

      <ConfirmDeleteDialog
        open={pendingDelete !== null}
        title={
          pendingDelete?.type === 'zone'
            ? `Delete the zone “${pendingDelete.zone.name}”?`
            : `Delete the method “${pendingDelete?.type === 'method' ? pendingDelete.method.name : ''}”?`
        }
        confirmLabel={pendingDelete?.type === 'zone' ? 'Delete zone' : 'Delete method'}
        onCancel={() => setPendingDelete(null)}
        onConfirm={confirmDelete}
      >
        {pendingDelete?.type === 'zone' ? (
          <p>
            Its {pendingDelete.zone.methods.length === 1 ? 'method goes' : 'methods go'} with it, and
            customers in{' '}
            {pendingDelete.zone.countries.length === 1
              ? 'its country'
              : `its ${pendingDelete.zone.countries.length} countries`}{' '}
            can no longer check out until another zone includes them. Orders already placed keep their
            shipping.
          </p>
        ) : (
          <p>Customers will no longer be offered it. Orders already placed keep their shipping.</p>
        )}
      </ConfirmDeleteDialog>
    </div>
  );
}
