import type { CustomerAddress } from '@comptoir/sdk';
import { Alert, Badge, Button, VisuallyHidden } from '@comptoir/ui';
import { useEffect, useRef, useState } from 'react';
import { describeAddress, formatAddressLines } from '../../../lib/address/format-address';
import { describeError } from '../../../lib/describe-error';

export interface AddressCardProps {
  address: CustomerAddress;
  onEdit: () => void;
  onDelete: () => void;
  isDeleting: boolean;
  /** Why the last delete of this address failed, if it did. */
  deleteError: unknown;
}

/** One saved address: who, where, phone, default badges, and Edit / Delete (which asks first). */
export function AddressCard({ address, onEdit, onDelete, isDeleting, deleteError }: AddressCardProps) {
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // The Delete button gives way to the question: keep keyboard focus on the card, on the answer.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const name = `${address.firstName} ${address.lastName}`;
  const summary = describeAddress(address);

  return (
    <article className="sf-address-card" aria-label={summary}>
      {address.isDefaultShipping || address.isDefaultBilling ? (
        <div className="sf-address-card__badges">
          {address.isDefaultShipping ? <Badge tone="info">Default shipping</Badge> : null}
          {address.isDefaultBilling ? <Badge tone="info">Default billing</Badge> : null}
        </div>
      ) : null}
      <p className="sf-address-card__name">{name}</p>
      <p className="sf-address-card__lines">
        {formatAddressLines(address).map((line, index) => (
          <span key={index} className="sf-address-card__line">
            {line}
          </span>
        ))}
      </p>
      {address.phone ? (
        <p className="sf-address-card__phone">
          <VisuallyHidden>Phone: </VisuallyHidden>
          {address.phone}
        </p>
      ) : null}
      {deleteError ? <Alert tone="error">{describeError(deleteError)}</Alert> : null}
      {confirming ? (
        <div className="sf-address-card__confirm">
          <p>Delete this address?</p>
          <div className="ct-form-actions">
            <Button ref={confirmRef} variant="danger" size="sm" loading={isDeleting} onClick={onDelete}>
              Yes, delete
            </Button>
            <Button variant="secondary" size="sm" disabled={isDeleting} onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <div className="ct-form-actions sf-address-card__actions">
          <Button variant="secondary" size="sm" onClick={onEdit}>
            Edit<VisuallyHidden> address: {summary}</VisuallyHidden>
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setConfirming(true)}>
            Delete<VisuallyHidden> address: {summary}</VisuallyHidden>
          </Button>
        </div>
      )}
    </article>
  );
}
